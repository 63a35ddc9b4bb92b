def m = [b: 2, a: 1, c: 3]
def r = []
r << m.entrySet().sort { it.value }*.key
r << m.sort { -it.value }.keySet()
r << m.count { k, v -> v > 1 }
r << m.findResult { k, v -> v == 3 ? k : null }
r << m.collect { it }.getClass().simpleName
def e = m.find { it.key == 'a' }
r << m
r << e.toString()
r << (e.key + '=' + e.value)
r << m.inject(0) { acc, k, v -> acc + v }
r << m.max { it.value }.key
r << m.min { a, b -> a.value <=> b.value }.key
r << m.keySet().sort()
r << m.values().sort()
r << m.entrySet().find { it.value > 2 }?.key
r << m.every { k, v -> k.size() == 1 }
r << m.groupBy { it.value > 2 ? 'big' : 'small' }.collectEntries { k, v -> [k, v.keySet().sort()] }
r << m.sort()*.key
r << m.collectMany { k, v -> [k] * (v > 5 ? 2 : 1) }
r
