println 2 ** 10
println 2 ** 31
println 2 ** 62
println 2L ** 62
println 2L ** 64
println 10 ** 20
println 2 ** -1
println 2 ** -2
println 4 ** 0.5
println 2.0d ** 2
println 1.5d ** 2
println 2.0 ** 2
println 1.5 ** 3
println 0.1 ** 2
println 9 ** 0.5
println 2 ** 0.5
println 0 ** 0
println (-2) ** 3
println((-8) ** (1/3))
println((-2) ** 3)
println 2G ** 100
[3 ** 2 ** 2, -3 ** 2, 10 ** -1]
