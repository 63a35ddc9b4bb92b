import java.time.*
import java.time.format.DateTimeFormatter
def ldt = LocalDateTime.parse('2024-03-05T14:07:09')
def r = []
r << ldt.format(DateTimeFormatter.ISO_LOCAL_DATE)
r << ldt.format(DateTimeFormatter.ofPattern('dd.MM.yyyy HH:mm:ss'))
r << ldt.format(DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH))
r << ldt.format(DateTimeFormatter.ofPattern('yy-M-d h:m a', Locale.US))
r << LocalDateTime.parse('05/03/2024 09:15', DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm')).toString()
r << LocalDate.parse('March 5, 2024', DateTimeFormatter.ofPattern('MMMM d, yyyy', Locale.US)).toString()
r << ldt.toLocalDate().atStartOfDay().toString()
r << ldt.withHour(0).withMinute(0).withSecond(0).toString()
r << Duration.between(ldt, ldt.plusHours(26).plusMinutes(5)).toString()
r << Duration.between(ldt, ldt.plusHours(26)).toHours()
r << OffsetDateTime.parse('2024-03-05T14:07:09+02:00').toInstant().toString()
r << ZonedDateTime.parse('2024-03-05T14:07:09Z').toEpochSecond()
r
