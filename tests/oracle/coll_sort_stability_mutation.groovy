def l = [[k: 2, v: 'a'], [k: 1, v: 'b'], [k: 2, v: 'c'], [k: 1, v: 'd']]
def r = l.sort { it.k }
println r.is(l)
println l*.v
def l2 = [3, 1, 2]
def s2 = l2.sort(false)
println "$l2 $s2"
def l3 = ['b', 'A', 'a', 'B']
println l3.sort()
println l3.sort { it.toLowerCase() }
def l4 = [3, null, 1]
println l4.sort()
def l5 = [1, 1.5, 1L, 0.5d]
println l5.sort()
def l6 = ['10', '9', '100']
println l6.sort { it as int }
println l6.sort()
println ([c: 1, a: 2, b: 3].sort()*.key)
println ([c: 1, a: 2, b: 3].sort { it.value }*.key)
println ([c: 1, a: 2].sort { a, b -> b.value <=> a.value })
println ([3, 1, 2].toSorted())
def l7 = [3, 1, 2]
println l7.sort { a, b -> b <=> a }
l7
