def found = null
outer:
for (c in replica.comments) {
    for (word in c.body.tokenize()) {
        if (word.startsWith('#')) { found = [c.id, word]; break outer }
    }
}
def firstBig = null
for (e in replica.customFields) {
    if (!(e.value?.value instanceof Map)) continue
    firstBig = e.key
    break
}
int i = 0, hits = 0
while (i < 10) {
    i++
    if (i % 3) continue
    hits++
}
[found, firstBig, i, hits]
