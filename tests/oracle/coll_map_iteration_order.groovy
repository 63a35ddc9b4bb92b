def m = [:]
m.z = 1
m.a = 2
m.m = 3
m.a = 4
println m
m.remove('z')
m.z = 5
println m
def h = new HashMap()
h.banana = 1
h.apple = 2
h.cherry = 3
println h
def tm = new TreeMap(h)
println tm
println tm.firstKey()
println m.keySet()
println m*.key
println m*.value
println m.collect { it.value }
for (e in m) { print e.key }
println()
for (k in m.keySet()) { print k }
println()
def tm2 = new TreeMap([b: 2, a: 1])
tm2.c = 3
tm2
