def r = [:]
r.minus = [1, 2, 3, 2] - [2]
r.intersectSame = [1, 2, 3].intersect([2, 3, 4])
r.disjoint = [1, 2].disjoint([3])
r.toSet = [3, 1, 2, 3].toSet().size()
r.asSetOrder = ([3, 1, 2, 3] as Set) as List
r.plusSet = ([1, 2] as Set) + 3
r
