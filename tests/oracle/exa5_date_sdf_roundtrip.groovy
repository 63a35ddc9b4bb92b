import java.text.SimpleDateFormat
def inFmt = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
inFmt.setTimeZone(TimeZone.getTimeZone('UTC'))
def outFmt = new SimpleDateFormat('dd/MMM/yy h:mm a')
outFmt.setTimeZone(TimeZone.getTimeZone('UTC'))
def created = inFmt.parse(replica.created)
def updated = inFmt.parse(replica.updated)
def lines = []
lines << outFmt.format(created)
lines << outFmt.format(updated)
lines << (updated.time - created.time).intdiv(3600000)
lines << new SimpleDateFormat('yyyy-MM-dd HH:mm:ss').with { setTimeZone(TimeZone.getTimeZone('UTC')); format(updated) }
lines << created.before(updated)
lines
