def r = [:]
def sq = { it * it }
def add = { a, b -> a + b }
def noArg = { -> 'none' }
def dflt = { a, b = 10 -> a + b }
r.sq = sq(4)
r.add = add(1, 2)
r.none = noArg()
r.dflt = dflt(1)
r.dflt2 = dflt(1, 2)
r.call = sq.call(5)
r.itNull = { it }()
r
