// List.withDefault: a growing copy (groovy.lang.ListWithDefault); Map.withDefault stores computed values
def l = [1, 2, 3]
def w = l.withDefault { it * 10 }
def a = w[5]
def b = w.get(7)
def c = w[4]
w[9] = 'x'
def neg = null
try { w[-20] } catch (e) { neg = e.class.name }
def w2 = [].withDefault { 'd' + it }
def g = w2[2]
w2 << 'tail'
def m = [a: 1].withDefault { k -> k * 2 }
def mv = [m.b, m['c'], m.a, m.get('d'), m.containsKey('e'), m.size()]
def counts = [:].withDefault { 0 }
'hello world'.each { counts[it] += 1 }
[l: l, w: w, a: a, b: b, c: c, cls: w.getClass().name, same: w.is(l), eq: w == l, size: w.size(), neg: neg, w2: w2, g: g, each: w2.collect { it?.toUpperCase() }, m: w.findAll { it != null }.size(), neg1: w[-1], mv: mv, map: m, counts: counts, mapCls: m.getClass().name]
