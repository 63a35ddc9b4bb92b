import java.text.SimpleDateFormat
def parse = { String s ->
    def f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
    f.timeZone = TimeZone.getTimeZone('UTC')
    f.parse(s)
}
def fmt = new SimpleDateFormat('EEE, d MMM yyyy HH:mm', Locale.US)
fmt.timeZone = TimeZone.getTimeZone('UTC')
replica.comments.findAll { !it.internal }.collect { c ->
    "[${fmt.format(parse(c.created))}] ${c.author.displayName}: ${c.body}"
}
