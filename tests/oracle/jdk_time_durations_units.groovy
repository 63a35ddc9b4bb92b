import java.time.*
import java.time.temporal.ChronoUnit
import java.util.concurrent.TimeUnit
def i1 = Instant.parse("2024-02-11T08:00:00Z")
def i2 = Instant.parse("2024-02-14T10:30:15.5Z")
def d1 = LocalDate.parse("2024-01-31")
def d2 = LocalDate.parse("2024-03-30")
def __r = []
try { __r << (java.time.ZonedDateTime.parse("2024-02-11T08:15:30+01:00").withZoneSameInstant(java.time.ZoneId.of("UTC")).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (LocalDate.parse("2024-03-01").minusMonths(1).lengthOfMonth()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (LocalDate.parse("2023-03-01").lengthOfYear()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (LocalDate.parse("2024-03-01").isLeapYear()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofSeconds(9000).toMinutes()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.between(i1, i2).toHours()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.between(i1, i2).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.between(i2, i1).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofMillis(1500).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofMillis(-1500).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofMinutes(90).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofDays(2).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofSeconds(0).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofHours(25).toDays()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.between(i1, i2).seconds) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.between(i1, i2).toMillis()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofMinutes(5).plus(Duration.ofSeconds(30)).toString()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (Duration.ofMinutes(5).negated().isNegative()) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << ("${Duration.ofMinutes(61)}") } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.DAYS.between(d1, d2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.WEEKS.between(d1, d2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.MONTHS.between(d1, d2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.MONTHS.between(d2, d1)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.YEARS.between(d1, LocalDate.parse("2026-01-30"))) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.HOURS.between(i1, i2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.MINUTES.between(i2, i1)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.DAYS.between(i1, i2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.HOURS.between(d1, d2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.DAYS.between(LocalDateTime.parse("2024-02-11T10:00"), LocalDateTime.parse("2024-02-14T09:00"))) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (ChronoUnit.DAYS) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (TimeUnit.SECONDS.toMinutes(9000)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (TimeUnit.MINUTES.toMillis(3)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (TimeUnit.HOURS.toSeconds(2)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (TimeUnit.MILLISECONDS.toSeconds(2999)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (TimeUnit.DAYS.toHours(1)) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (TimeUnit.MINUTES) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
try { __r << (java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse('2024-02-01'), java.time.LocalDate.parse('2024-03-01'))) } catch (Throwable t) { __r << t.getClass().name + ": " + t.message?.take(80) }
__r
