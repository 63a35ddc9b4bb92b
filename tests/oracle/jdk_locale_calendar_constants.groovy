def r = []
r << Locale.US.toString()
r << "${Locale.GERMANY}"
r << Locale.ENGLISH.language
r << Locale.UK.country
r << new Locale('DE', 'at').toString()
r << new Locale('fr').toString()
r << String.format(Locale.US, '%.2f|%,d', 3.14159, 1234567)
r << 'title'.toUpperCase(Locale.ROOT)
r << 'TITLE'.toLowerCase(Locale.ENGLISH)
def f = new java.text.SimpleDateFormat('dd MMM yyyy', Locale.US)
f.setTimeZone(TimeZone.getTimeZone('UTC'))
r << f.format(new Date(0L))
r << Locale.US.toLanguageTag()
r << [Calendar.SATURDAY, Calendar.JANUARY, Calendar.DECEMBER, Calendar.AM_PM, Calendar.PM]
r << Locale.US
r
