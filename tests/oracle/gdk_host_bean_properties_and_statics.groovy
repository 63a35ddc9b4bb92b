// host-object properties read through their getters, and static properties/methods
def d = java.time.Duration.ofMinutes(90)
def out = [:]
out.durSeconds = d.seconds
out.durNano = d.nano
out.durNegative = d.negative
out.durZero = java.time.Duration.ofSeconds(0).zero
out.locale = [Locale.US.language, Locale.US.country, Locale.GERMAN.country, Locale.US.getLanguage()]
def date = new Date(86400000L)
out.dateTime = date.time
def cal = Calendar.getInstance()
cal.setTimeInMillis(1000L)
out.calMillis = cal.timeInMillis
out.calTime = cal.time.time
def jb = new groovy.json.JsonBuilder([a: 1])
out.jbContent = jb.content
def u = new URI('https://user@example.com:8080/a%20b?q=1#frag')
out.uri = [u.host, u.port, u.path, u.rawPath, u.getRawPath(), u.isAbsolute(), u.absolute, u.getQuery(), u.fragment]
def ld = java.time.LocalDate.of(2024, 2, 29)
out.ld = [ld.year, ld.getYear(), ld.monthValue, ld.getMonthValue(), ld.dayOfMonth, ld.getDayOfWeek().toString()]
out.statics = [Math.max(3, 4), Integer.MAX_VALUE, Short.MIN_VALUE, Byte.MAX_VALUE, Long.MIN_VALUE, Double.MIN_VALUE,
    Float.MAX_VALUE, Boolean.TRUE, (int) Character.MAX_VALUE, Math.PI, Integer.parseInt('42'), Character.isDigit('7' as char)]
out.units = [java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2024, 1, 1), ld), java.util.concurrent.TimeUnit.HOURS.toMinutes(2)]
out.cmp = ['b', 'A', 'c'].sort(false, String.CASE_INSENSITIVE_ORDER)
out.charset = java.nio.charset.StandardCharsets.UTF_8.toString()
out.collections = [Collections.emptyList(), Collections.max([3, 9, 2]), Objects.isNull(null)]
out.time = java.time.Instant.ofEpochMilli(1000).toEpochMilli()
def errs = []
try { d.bogus } catch (MissingPropertyException e) { errs << e.class.simpleName }
try { Locale.US.bogus } catch (MissingPropertyException e) { errs << e.class.simpleName }
try { date.bogus } catch (MissingPropertyException e) { errs << e.class.simpleName }
try { jb.bogus } catch (MissingPropertyException e) { errs << e.class.simpleName }
out.errs = errs
System.out.println('printed')
out
