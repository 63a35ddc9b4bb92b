def m = [:]
m.a = [:]
m.a.b = 1
m.list = []
m.list << [x: 1]
m.list[0].y = 2
m.with { c = 3 }
m['d'] = m.d ?: 'default'
m.get('e', []).add(5)
m.get('e', []).add(6)
def deep = [:].withDefault { [:].withDefault { 0 } }
println m
m.getOrDefault('zz', 'none')
