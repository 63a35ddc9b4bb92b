def m = [count: 1, list: [1, 2]]
m.count++
++m.count
m.list[0]++
m.list[-1] += 10
def k = 'dyn'
m[k] = (m[k] ?: 0) + 1
m[k]++
def l = [0, 0]
l[1]--
def s = [name: 'a']
s.name += 'b'
s.name *= 2
def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { m.missing++ }
t { def q = [:]; q.x += 1 }
t { def q = [:]; q.x = (q.x ?: 0) + 1; q }
[m, l, s]
