def m = [a: 1]
def r = []
r << m.get('b', 2) << m
r << m.getOrDefault('c', 3) << m
r << m.putIfAbsent('a', 9) << m.putIfAbsent('d', 4) << m
r << m.computeIfAbsent('e') { it * 2 } << m
r << m.merge('a', 10) { x, y -> x + y } << m
r << m.remove('zz') << m.remove('b') << m
m.replaceAll { k, v -> v instanceof Integer ? v * 100 : v }
r << m
r << (m - [a: 1100]) << (m + [z: 0]).keySet().toList() << m.findAll { k, v -> v > 1000 }
r
