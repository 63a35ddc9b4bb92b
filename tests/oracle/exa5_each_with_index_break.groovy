def found = null
def log = []
replica.labels.eachWithIndex { l, i ->
    if (found) return
    log << "$i:$l"
    if (l.startsWith('c')) found = l
}
def firstLong = replica.labels.find { it.size() > 5 }
def idx = replica.labels.findIndexOf { it == 'csv' }
def result = []
for (c in replica.comments) {
    if (c.internal) continue
    if (c.body.contains('review')) break
    result << c.id
}
outer:
for (i in 0..2) {
    for (j in 0..2) {
        if (j == 2) continue outer
        if (i == 2) break outer
        result << "$i$j"
    }
}
[found, log, firstLong, idx, result]
