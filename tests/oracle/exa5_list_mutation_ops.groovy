def l = [5, 3, 8, 1, 9, 2]
def r = []
r << l.remove(0)
r << l.remove((Object) 8)
r << l.removeAll { it > 5 }
l.add(0, 42)
l.addAll([7, 7])
r << l.clone()
r << l.removeElement(7)
l[10] = 'x'
r << l.size() << l.findIndexOf { it == null } << l.lastIndexOf(7)
l.retainAll { it != null }
r << l
r << l.swap(0, 1) << l
r << [1, 2, 3].plus(1, 9) << [1, 2, 2, 3].minus([2]) << [[1, 2], [3]].flatten() << [1, [2, [3, [4]]]].flatten()
r << [1, 2, 3, 4, 5].subList(1, 3) << [3, 1, 2].reverse() << ([1, 2] * 2) << [1, 2, 3].intersect([2, 3, 4])
r
