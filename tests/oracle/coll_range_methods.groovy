def r = 1..5
println r.size()
println r.from + ':' + r.to
println (5..1).toList()
println ((1..<1).size())
println ((1..10).step(3))
println ((1..10).step(3).getClass().simpleName)
println (('a'..'e').toList())
println (('a'..<'e').join())
println r.contains(3)
println r.contains(3L)
println (3L in r)
println (2.5 in r)
println r.collect { it * 2 }
println r.sum()
println r.reverse()
println r[1]
println r[-1]
println r[1..2]
println ((0..<0).isEmpty())
println ((1..3) == [1, 2, 3])
println ((10..1).step(3))
println r.getClass().simpleName
println ((-2..2).collect { it.abs() })
def x = 3
println ((x..x + 2).toList())
println ((1..3).inject { a, b -> a * b })
println ((1.0..3.0).toList())
r.every { it > 0 }
