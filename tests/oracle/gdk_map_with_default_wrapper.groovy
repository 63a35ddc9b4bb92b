// withDefault gives a new MapWithDefault; the receiver keeps plain-map reads
def m = [a: 1]
def w = m.withDefault { k -> k.size() }
def r = [w.xyz, w.b, w.a, m.zzz, m.is(w), w.getClass().name, m.getClass().name]
def counts = [:].withDefault { 0 }
['x', 'y', 'x', 'z', 'x'].each { counts[it]++ }
r << counts
def groups = [:].withDefault { [] }
[[k: 'bug', id: 1], [k: 'task', id: 2], [k: 'bug', id: 3]].each { groups[it.k] << it.id }
r << groups << groups.size()
r << w
r
