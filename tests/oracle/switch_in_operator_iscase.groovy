println 3 in 1..5
println 3L in 1..5
println 'b' in 'a'..'c'
println 'k' in [k: 1]
println 'k' in [k: 0]
println null in [null, 1]
println 5 in [1, 2]
println 'abc' in String
println 'b' in 'abc'
println 1 in [1.0]
println ([1] in [[1]])
println ('x' in (['x'] as Set))
println (2 in { it > 1 })
println ((1..3).isCase(2))
println ([1, 2].isCase(2))
println (~/a+/).isCase('aaa')
println Number.isCase(1.5)
'ok'
