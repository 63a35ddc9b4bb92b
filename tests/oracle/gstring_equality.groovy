def x = 1
def g = "a${x}"
def r = [:]
r.eq = g == 'a1'
r.equalsFalse = g.equals('a1')
r.containsFalse = ['a1'].contains(g)
r.inFalse = g in ['a1']
r.toStringEquals = g.toString().equals('a1')
r.mapKey = [("a1"): 'v'][g]
r.getMiss = [a1: 'v'].get(g)
r.upperIsString = g.toUpperCase().getClass().simpleName
r.plusType = (g + 'x').getClass().simpleName
r.stringPlusType = ('x' + g).getClass().simpleName
r
