def out = []
['a', 'b'].eachWithIndex { v, i -> out << "$i$v" }
[x: 1, y: 2].eachWithIndex { e, i -> out << "$i${e.key}" }
[x: 1, y: 2].eachWithIndex { k, v, i -> out << "$i$k$v" }
println out
println (['a', 'b'].withIndex())
println (['a', 'b'].withIndex(1))
println (['a', 'b'].indexed())
println (['a', 'b'].collect { it }.withIndex().collect { v, i -> v * (i + 1) })
println (['a', 'b', 'c'].findIndexOf { it == 'b' })
println (['a', 'b', 'c'].findIndexValues { it != 'b' })
println ([5, 6, 7].findLastIndexOf { it > 5 })
println ('abc'.eachWithIndex { c, i -> out << c })
println ([1, 2].each { }.getClass().simpleName)
[1, 2].eachWithIndex { v, i -> }
