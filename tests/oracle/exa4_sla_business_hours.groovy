// business minutes between two timestamps (Mon-Fri 09:00-17:00, UTC), day by day
def parse = { String s -> def f = new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm"); f.setTimeZone(TimeZone.getTimeZone("UTC")); f.parse(s) }
def cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"))
def businessMinutes = { Date from, Date to ->
    long total = 0
    cal.setTime(from)
    while (cal.time.before(to)) {
        def dow = cal.get(Calendar.DAY_OF_WEEK)
        def h = cal.get(Calendar.HOUR_OF_DAY)
        if (dow != Calendar.SATURDAY && dow != Calendar.SUNDAY && h >= 9 && h < 17) total++
        cal.add(Calendar.MINUTE, 1)
    }
    total
}
[businessMinutes(parse("2024-02-09 16:00"), parse("2024-02-12 10:30")), businessMinutes(parse("2024-02-10 10:00"), parse("2024-02-10 12:00"))]
