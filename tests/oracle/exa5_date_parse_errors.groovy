import java.text.SimpleDateFormat
import java.text.ParseException
import java.time.LocalDate
import java.time.format.DateTimeParseException
def res = []
def f = new SimpleDateFormat('yyyy-MM-dd')
for (s in ['2024-03-05', 'not a date', '']) {
    try {
        res << f.format(f.parse(s))
    } catch (ParseException e) {
        res << "bad: ${e.message}"
    }
}
for (s in ['2024-02-30', '2024-13-01', '2024-3-5']) {
    try {
        res << LocalDate.parse(s).toString()
    } catch (DateTimeParseException e) {
        res << e.class.simpleName
    }
}
res
