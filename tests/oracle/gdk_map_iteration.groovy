def m = [b: 2, a: 1, c: 3]
def r = [:]
r.collect = m.collect { k, v -> "$k$v".toString() }
r.collectEntry = m.collect { e -> e.key }
r.findAll = m.findAll { k, v -> v > 1 }
r.find = m.find { k, v -> v == 2 }
r.findEntryKey = m.find { it.value == 3 }.key
r.any = m.any { k, v -> v > 2 }
r.every = m.every { it.value > 0 }
r.collectEntries = m.collectEntries { k, v -> [(k.toUpperCase()): v * 10] }
r.inject = m.inject(0) { acc, k, v -> acc + v }
r.injectEntry = m.inject('') { acc, e -> acc + e.key }
r.groupBy = m.groupBy { k, v -> v % 2 == 0 ? 'even' : 'odd' }
r.sort = m.sort()
r.sortByValue = m.sort { it.value }
r.sortCmp = m.sort { a, b -> b.value <=> a.value }
r.max = m.max { it.value }
r.min = m.min { it.value }
r.count = m.count { k, v -> v > 1 }
r
