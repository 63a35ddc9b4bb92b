def byAuthor = replica.comments.groupBy { it.author?.displayName }
def counts = byAuthor.collectEntries { k, v -> [(k): v.size()] }
def byDay = replica.comments.groupBy({ it.created.take(10) }, { it.internal ? 'internal' : 'public' })
def sizes = replica.attachments.collectEntries { [(it.filename): (it.filesize / 1024) as long] }
def totalKb = replica.attachments.inject(0) { acc, a -> acc + a.filesize.intdiv(1024) }
[counts, byDay.collectEntries { d, g -> [d, g.keySet().sort()] }, sizes, totalKb, byAuthor.keySet().toList()]
