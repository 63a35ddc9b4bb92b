def m = [a: 1, b: null]
def r = [:]
r.get = m.get('a')
r.getMissing = m.get('z')
r.getDefault = m.get('d', 42)
r.afterGetDefault = m.clone()
r.getOrDefault = m.getOrDefault('e', 7)
r.containsKey = m.containsKey('b')
r.containsValue = m.containsValue(1)
r.put = m.put('a', 10)
r.remove = m.remove('b')
r.keySet = m.keySet()
r.values = m.values()
r.size = m.size()
r.isEmpty = m.isEmpty()
r.subMap = [a: 1, b: 2, c: 3].subMap(['a', 'c'])
def p = [x: 1]
p.putAll([y: 2, x: 3])
r.putAll = p
r.entrySet = [k: 'v'].entrySet().collect { "${it.key}-${it.value}".toString() }
r
