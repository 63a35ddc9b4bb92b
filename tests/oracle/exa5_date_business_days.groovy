import java.time.LocalDate
import java.time.DayOfWeek
def start = LocalDate.parse('2024-03-07')
def addBusinessDays = { LocalDate d, int n ->
    def cur = d
    int added = 0
    while (added < n) {
        cur = cur.plusDays(1)
        if (!(cur.dayOfWeek in [DayOfWeek.SATURDAY, DayOfWeek.SUNDAY])) added++
    }
    cur
}
[addBusinessDays(start, 1).toString(), addBusinessDays(start, 5).toString(), addBusinessDays(start, 10).dayOfWeek.toString(),
 start.dayOfWeek.value, start.dayOfYear, start.minusMonths(2).toString(), start.withDayOfMonth(1).dayOfWeek.toString(),
 start.plusWeeks(3).monthValue, start.isBefore(LocalDate.parse('2024-03-08'))]
