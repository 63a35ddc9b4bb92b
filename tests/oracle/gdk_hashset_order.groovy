def s = new HashSet(['banana', 'apple', 'cherry', 'date', 'elderberry'])
def h = new HashMap()
h.zeta = 1; h.alpha = 2; h.mid = 3; h.b = 4
[s as List, h.keySet() as List, ['x', 'y', 'z', 'a'].toSet() as List]
