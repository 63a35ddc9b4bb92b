def kept = []
replica.comments.each { c ->
    if (c.internal) return
    if (c.body.size() > 30) {
        kept << c.body.take(30) + "..."
        return
    }
    kept << c.body
}
def firstLong = null
for (c in replica.comments) {
    if (c.body.size() <= 25) continue
    firstLong = c.id
    break
}
[kept, firstLong]
