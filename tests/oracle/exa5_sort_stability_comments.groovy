def cs = [[a: 'ann', t: 3, id: 1], [a: 'bob', t: 1, id: 2], [a: 'ann', t: 1, id: 3], [a: 'cid', t: 3, id: 4], [a: 'bob', t: 2, id: 5], [a: 'dan', t: 1, id: 6]]
def byT = cs.sort(false) { it.t }.collect { it.id }
def byA = cs.sort(false) { x, y -> x.a <=> y.a }.collect { it.id }
def byTdesc = cs.sort(false) { -it.t }.collect { it.id }
def multi = cs.sort(false) { x, y -> x.t <=> y.t ?: y.a <=> x.a }.collect { it.id }
def orig = cs.collect { it.id }
def inPlace = cs.sort { it.a }
[byT, byA, byTdesc, multi, orig, inPlace.collect { it.id }, cs.is(inPlace), cs.collect { it.id }]
