import java.text.SimpleDateFormat
import java.time.*
import java.time.format.DateTimeFormatter
def utc = new SimpleDateFormat('yyyy-MM-dd HH:mm z')
utc.timeZone = TimeZone.getTimeZone('UTC')
def ny = new SimpleDateFormat('yyyy-MM-dd HH:mm z')
ny.timeZone = TimeZone.getTimeZone('America/New_York')
def ber = new SimpleDateFormat('yyyy-MM-dd HH:mm Z')
ber.timeZone = TimeZone.getTimeZone('Europe/Berlin')
def stamps = ['2024-03-10 06:30 UTC', '2024-03-10 07:30 UTC', '2024-07-01 12:00 UTC', '2024-10-27 00:30 UTC', '2024-10-27 01:30 UTC']
def r = stamps.collect { s -> def d = utc.parse(s); [ny.format(d), ber.format(d)] }
def z = ZonedDateTime.of(LocalDateTime.of(2024, 3, 31, 1, 30), ZoneId.of('Europe/Berlin'))
r << z.plusHours(1).toString() << z.withZoneSameInstant(ZoneId.of('Asia/Kolkata')).format(DateTimeFormatter.ofPattern('HH:mm'))
r
