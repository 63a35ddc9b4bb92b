import java.text.SimpleDateFormat
def f = new SimpleDateFormat('yyyy-MM-dd HH:mm')
f.timeZone = TimeZone.getTimeZone('UTC')
def d = f.parse('2024-03-05 07:08')
def tz = TimeZone.getTimeZone('UTC')
[d.format('yyyy/MM/dd', tz), d.format('HH:mm:ss', tz), d.format("EEE dd-MM-yy", tz), d.format('D w', tz),
 d.format("yyyy-MM-dd'T'HH:mm:ss'Z'", tz), d.format('a K:mm', tz), d.format('S SSS', tz)]
