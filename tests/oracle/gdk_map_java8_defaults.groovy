// Java 8 Map defaults that scripts written by Java developers reach for
def counts = [:]
['bug', 'task', 'bug', 'story', 'bug'].each { counts.merge(it, 1) { a, b -> a + b } }
def m = [a: 1, b: 2, c: 3]
def r = []
r << m.compute('a') { k, v -> v * 10 }
r << m.compute('z') { k, v -> v == null ? 'new' : v }
r << m.computeIfPresent('b') { k, v -> null }
r << m.computeIfPresent('q') { k, v -> 1 }
r << m.merge('c', 5) { x, y -> null }
m.replaceAll { k, v -> "$k=$v".toString() }
def seen = []
r << [x: 1, y: 2].forEach { k, v -> seen << k * v }
r << [1, 2].forEach { seen << it }
def prio = [High: 1, Medium: 2, Low: 3, Lowest: 4]
[counts, m, r, seen, prio.findResults { k, v -> v > 2 ? k : null }, prio.takeWhile { k, v -> v < 3 }, prio.dropWhile { it.value < 3 }]
