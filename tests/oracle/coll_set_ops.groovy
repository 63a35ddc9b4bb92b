def s = [3, 1, 2, 1] as Set
println s
println s.getClass().simpleName
println s + 4
println s - 1
println s.contains(1L)
println s.size()
def hs = new HashSet(['b', 'a', 'c'])
println hs
println ([1, 2, 3].toSet().intersect([2, 3, 4] as Set))
println ([1, 2] as Set).collect { it * 2 }
println (([1, 2] as Set).findAll { it > 1 }.getClass().simpleName)
def ts = new TreeSet([3, 1, 2])
println ts
println ts.first()
println s.sort()
println s.toList()
println((s as List).getClass().simpleName)
println ([1, 2, 3] as Set) == ([3, 2, 1] as Set)
s.unique()
