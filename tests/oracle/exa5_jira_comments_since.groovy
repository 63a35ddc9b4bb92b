import java.text.SimpleDateFormat
def f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
def since = f.parse('2024-03-06T00:00:00.000+0000')
def recent = replica.comments.findAll { f.parse(it.created).after(since) }
def grouped = replica.comments.groupBy { it.author.displayName }.collectEntries { k, v -> [k, v*.id] }
def lastBy = replica.comments.groupBy { it.author.displayName }.collectEntries { k, v -> [k, v.max { f.parse(it.created).time }.body] }
[recent*.id, grouped, lastBy, replica.comments.countBy { it.internal }]
