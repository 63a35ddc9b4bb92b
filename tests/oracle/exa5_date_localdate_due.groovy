import java.time.LocalDate
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit
def due = LocalDate.parse(replica.customFields.Due.value)
def start = LocalDate.of(2024, 3, 5)
def out = [:]
out.days = ChronoUnit.DAYS.between(start, due)
out.weeks = ChronoUnit.WEEKS.between(start, due)
out.pretty = due.format(DateTimeFormatter.ofPattern('MMMM d, yyyy', Locale.US))
out.iso = due.plusDays(30).toString()
out.dow = due.dayOfWeek.toString()
out.leap = due.isLeapYear()
out.monthEnd = due.withDayOfMonth(due.lengthOfMonth()).toString()
out.overdue = LocalDate.of(2024, 4, 2).isAfter(due)
out
