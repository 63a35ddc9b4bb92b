def r = [:]
def l = [3, 1, 2]
def s = l.sort()
r.sorted = s
r.mutated = l
r.same = s.is(l)
def m = [3, 1, 2]
r.notMutated = m.sort(false)
r.original = m
r.byKey = ['bb', 'a', 'ccc'].sort { it.size() }
r.comparator = [1, 3, 2].sort { a, b -> b <=> a }
r.mixed = [2, 1.5, 3L, null, -1].sort()
r.strings = ['b', 'B', 'a', 'A'].sort()
def u = [1, 2, 1, 3, 2]
r.unique = u.unique()
r.uniqueMutated = u
r.uniqueNumeric = [1, 1L, 1.0].unique()
r.uniqueBy = ['a', 'bb', 'cc', 'd'].unique { it.size() }
def v = [1, 1, 2]
r.uniqueFalse = v.unique(false)
r.uniqueFalseOrig = v
r.toSorted = [3, 2, 1].toSorted()
r
