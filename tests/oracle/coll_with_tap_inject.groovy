def m = [a: 1, b: 2]
println m.with { a + b }
println m.with { it.size() }
println 'abc'.with { toUpperCase() }
println ([1, 2, 3].inject(0) { acc, x -> acc + x })
println ([1, 2, 3].inject { acc, x -> acc * x })
println ([1, 2, 3].inject('') { acc, x -> acc + x })
println ([a: 1, b: 2].inject(0) { acc, k, v -> acc + v })
println ([a: 1, b: 2].inject([]) { acc, e -> acc << e.key })
println ([[1, 2], [3, 4]].inject(0) { acc, pair -> acc + pair[0] * pair[1] })
try { [].inject { a, b -> a } } catch (e) { println e.class.name + ': ' + e.message }
def sb = new StringBuilder()
[1, 2].each { sb.with { append(it) } }
sb.toString()
