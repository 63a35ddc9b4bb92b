def r = [:]
r.sum = [1, 2, 3].sum()
r.sumStr = ['a', 'b'].sum()
r.sumLists = [[1], [2]].sum()
r.sumMixed = [1, 1.5, 2L].sum()
r.sumEmpty = [].sum()
r.sumInit = [].sum(0)
r.sumClosure = [1, 2].sum { it * 10 }
r.sumInitClosure = [[t: 5], [t: 7]].sum(0) { it.t }
r.max = [1, 5, 3].max()
r.min = [4, 2, 8].min()
r.maxNull = [1, null, 3].max()
r.maxEmpty = [].max()
r.maxBy = ['aa', 'b', 'cccc'].max { it.size() }
r.minCmp = [3, 1, 2].min { a, b -> a <=> b }
r.count = [1, 2, 1].count(1)
r.countClosure = [1, 2, 3].count { it > 1 }
r.join = [1, null, 'a'].join(', ')
r.joinNone = [1, 2].join()
r
