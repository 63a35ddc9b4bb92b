def seen = [:]
def total = 0
def register = { String kind, long size ->
    seen[kind] = (seen[kind] ?: 0) + 1
    total += size
    seen.size()
}
replica.attachments.each { register(it.mimetype.tokenize('/')[0], it.filesize) }
def makeCounter = { start -> def n = start; return { -> n++ } }
def c1 = makeCounter(10)
def c2 = makeCounter(100)
[seen, total, [c1(), c1(), c2(), c1()], register.maximumNumberOfParameters]
