println 'hello'
println([1, 'two', null, [a: 1]])
println 1/3
println 1e3
println 0.1d + 0.2d
println null
print 'no newline'
println()
printf('%s-%d%n', 'x', 5)
