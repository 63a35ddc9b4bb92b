import java.text.SimpleDateFormat
def f = new SimpleDateFormat('yyyy-MM-dd')
f.timeZone = TimeZone.getTimeZone('UTC')

def r = ['2024-02-30', '2024-13-01', '2024-1-5', '2024-01-05T10:00', '24-01-05', '2024-00-10'].collect { s ->
    try { f.format(f.parse(s)) } catch (e) { e.class.simpleName }
}
f.lenient = false
r << (['2024-02-30', '2024-02-29'].collect { s -> try { f.format(f.parse(s)) } catch (e) { e.class.simpleName } })
r
