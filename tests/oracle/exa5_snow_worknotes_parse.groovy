import java.text.SimpleDateFormat
def f = new SimpleDateFormat('yyyy-MM-dd HH:mm:ss')
f.timeZone = TimeZone.getTimeZone('UTC')
def notes = entity.work_notes.split(/\n\n/).collect { block ->
    def (head, body) = [block.readLines()[0], block.readLines().drop(1).join('\n')]
    def m = head =~ /^(\S+ \S+) - (.+?) \((.+)\)$/
    m ? [at: f.parse(m[0][1]).time, who: m[0][2], kind: m[0][3], body: body] : [raw: block]
}
[notes.size(), notes*.who, notes*.body, notes.collect { it.at }.inject { a, b -> b - a }.intdiv(60000)]
