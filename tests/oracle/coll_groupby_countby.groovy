def people = [[n: 'a', d: 'x', age: 30], [n: 'b', d: 'y', age: 20], [n: 'c', d: 'x', age: 40]]
println people.groupBy { it.d }.collectEntries { k, v -> [k, v*.n] }
println people.countBy { it.d }
println people.groupBy({ it.d }, { it.age > 25 }).collectEntries { k, v -> [k, v.keySet()] }
println ([1, 2, 3, 4, 5].groupBy { it % 2 == 0 ? 'even' : 'odd' })
println ([1, 2, 3, 4].countBy { it > 2 })
println ([a: 1, b: 2, c: 3].groupBy { it.value % 2 })
println ([a: 1, b: 2, c: 3].groupBy { k, v -> v > 1 })
println (['x', null, 'x'].groupBy { it })
[].countBy { it }
