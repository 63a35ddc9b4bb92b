def m = [s: 'it\'s', n: null, l: [1, 'two', [3]], d: 1.50, g: "g${1}", c: 'x' as char, b: true, nested: [k: [:]]]
println m
println m.inspect()
println m.toString()
println m.l.toString()
println 'quote"d'.inspect()
println 'new\nline'.inspect()
println ([1, null, 'a'].inspect())
println ([] as Set).inspect()
println (1..3).toString()
println (1L).inspect()
println 1.5d.inspect()
println String.valueOf(null)
println String.valueOf([1])
println String.join('-', ['a', 'b'])
println [1, 2].toListString()
"${m.l}"
