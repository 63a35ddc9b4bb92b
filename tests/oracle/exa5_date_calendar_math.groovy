import java.text.SimpleDateFormat
def tz = TimeZone.getTimeZone('UTC')
def f = new SimpleDateFormat('yyyy-MM-dd HH:mm')
f.timeZone = tz
def d = f.parse('2024-01-31 22:15')
def cal = Calendar.getInstance(tz)
cal.time = d
cal.add(Calendar.MONTH, 1)
def plusMonth = f.format(cal.time)
cal.add(Calendar.HOUR_OF_DAY, 5)
def plusHours = f.format(cal.time)
def dow = cal.get(Calendar.DAY_OF_WEEK)
def d2 = d + 3
def diff = d2 - d
[plusMonth, plusHours, dow, f.format(d2), diff, d2 > d, f.format(d.clearTime()), cal.get(Calendar.YEAR), cal.get(Calendar.MONTH)]
