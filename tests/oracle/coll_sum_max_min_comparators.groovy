def l = ['pear', 'fig', 'banana', 'kiwi']
println l.max { it.size() }
println l.min { it.size() }
println l.max { a, b -> a.size() <=> b.size() }
println l.min { a, b -> a <=> b }
println l.max()
println l.sum { it.size() }
println ([3, null, 1].max())
println ([3, null, 1].min())
println ([].max())
println ([1, 2.5, 2L].max())
println ([[1, 2], [3]].max { it.size() })
println ([a: 3, b: 1].max { it.value })
println ([a: 3, b: 1].min { it.value }.key)
println ([1, 2, 3].max { -it })
println (l.sort(false) { a, b -> b.size() <=> a.size() ?: a <=> b })
println ([5, 3, 9].sum(0) { it })
println ([0.5, 0.25].sum())
['b', 'a'].min()
