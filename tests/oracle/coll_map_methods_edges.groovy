def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
def m = [a: 1, b: null, c: 3]
t { m.get('z', 9) }
t { m }
t { m.getOrDefault('q', 0) }
t { m.containsKey('b') }
t { m.containsValue(3L) }
t { m.put('a', 10) }
t { m.remove('zz') }
t { m.remove('c') }
t { m.keySet().toList() }
t { m.values().toList() }
t { m.entrySet().collect { it.key } }
t { m.subMap(['a', 'z']) }
t { m + [d: 4] }
t { m - [a: 10] }
t { m.findAll { it.value != null }.keySet() }
t { m.collect { k, v -> "$k=$v" }.join('&') }
t { m.sort { -(it.value ?: 0) } }
t { m.max { it.value ?: 0 } }
t { m.size() }
t { m.isEmpty() }
t { [:].min { it.value } }
t { m.each { k, v -> }.getClass().simpleName }
t { m.putAll([x: 1]); m }
t { m.keySet().first() }
t { [a: 1].entrySet().first().getClass().simpleName }
t { m.inspect() }
t { [1: 'x', (2L): 'y'].inspect() }
'ok'
