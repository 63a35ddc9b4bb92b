def fmt(String s) { "S:" + s }
def fmt(Integer i) { "I:" + i }
def fmt(List l) { "L:" + l.size() }
def fmt(Map m) { "M:" + m.keySet().join(',') }
def fmt(Object o) { "O:" + o }
def fmt(a, b) { "2:${a}/${b}" }
[fmt("x"), fmt(5), fmt([1, 2]), fmt([a: 1]), fmt(2.5), fmt(null as String), fmt(1, 2), fmt(replica.key), fmt(replica.customFields."Story Points".value)]
