def r = [:]
def l = [1, 2, 3]
r.add = l.add(4)
l.add(0, 0)
r.afterAdd = l.collect()
r.removeIdx = l.remove(1)
r.removeObj = l.remove((Object) 3)
r.afterRemove = l.collect()
r.addAll = l.addAll([7, 8])
r.removeAll = l.removeAll([7])
r.afterRemoveAll = l.collect()
l.removeAll { it > 5 }
r.removeAllClosure = l.collect()
def k = [1, 2, 3, 4]
k.retainAll { it % 2 == 0 }
r.retain = k
def c = [5, 6]
c.clear()
r.clear = c
r
