import java.text.SimpleDateFormat
def inFmt = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
def outFmt = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss")
outFmt.setTimeZone(TimeZone.getTimeZone("UTC"))
def created = inFmt.parse(replica.created)
def updated = inFmt.parse(replica.updated)
def hours = (updated.time - created.time) / (1000 * 60 * 60)
def due = new SimpleDateFormat("yyyy-MM-dd").with { setTimeZone(TimeZone.getTimeZone("UTC")); parse(replica.due) }
[outFmt.format(created), outFmt.format(updated), hours.setScale(2, BigDecimal.ROUND_HALF_UP), created.before(updated), due.time, (due.time - created.time).intdiv(86400000)]
