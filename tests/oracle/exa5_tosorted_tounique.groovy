def labels = ['b', 'A', 'c', 'a', 'B', 'b']
def r = []
r << labels.toSorted()
r << labels.toSorted { it.toLowerCase() }
r << labels.toSorted { x, y -> y <=> x }
r << labels.toUnique()
r << labels.toUnique { it.toLowerCase() }
r << labels
r << [3, 1, 2].toSorted().is([3, 1, 2])
r << labels.unique(false)
r << labels.sort(false)
r << [[n: 2], [n: 1], [n: 2]].toUnique { it.n }
r
