import java.time.Instant
import java.time.ZoneId
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
def stamps = ['2024-01-15T10:00:00Z', '2024-02-29T23:59:59Z', '2023-12-31T00:00:00.500Z']
def r = stamps.collect { s ->
    def i = Instant.parse(s)
    [s, i.toEpochMilli(), i.epochSecond]
}
def z = ZonedDateTime.ofInstant(Instant.parse(stamps[1]), ZoneId.of('UTC'))
r << z.format(DateTimeFormatter.ofPattern('yyyy/MM/dd HH:mm'))
r << Instant.ofEpochMilli(1700000000000L).toString()
r << Instant.parse(stamps[0]).plusSeconds(90).toString()
r
