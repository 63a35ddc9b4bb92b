def r = []
r << [1, 2, 3].contains(2.0)
r << [1, 2, 3].contains(2L)
r << [1L, 2L].contains(1)
r << [1.0].contains(1.0)
r << ['a', 'b'].contains("${'a'}")
r << [1, 2, 3].indexOf(3L)
r << [1, 2, 3].indexOf(3)
r << ([1, 2, 3] - [2.0])
r << ([1, 2] as Set).contains(1L)
r << [a: 1].containsKey('a')
r << [(1): 'x'].containsKey(1L)
r << [1, 2, 3].count(2.0)
r << [[1, 2], [3]].contains([1, 2])
r << [[1, 2]].contains([1L, 2L])
r << (2.0 in [1, 2, 3])
r << [1, 2].unique { a, b -> a <=> b }
r << [1, 2, 3].disjoint([3.0])
r
