def m = [:]
def r = []
r << m.put('a', 1)
r << m.put('a', 2)
r << m.putIfAbsent('a', 3)
r << m.putIfAbsent('b', 4)
r << m.computeIfAbsent('c') { k -> k * 2 }
r << m.get('zz')
r << m.get('zz', 'dflt')
r << m.containsKey('zz')
r << m.remove('b')
r << m.size()
m.each { k, v -> m[k] = v.toString() * 2 }
r << m
m.clear()
r << m.isEmpty()
r
