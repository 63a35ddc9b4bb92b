def tm = new TreeMap([b: 2, a: 1, c: 3])
def ts = new TreeSet(['pear', 'apple', 'fig'])
def hs = ['x', 'y', 'x'] as Set
def a = [1, 2, 3, 4] as Set
def b = [3, 4, 5] as Set
[tm, tm.firstKey(), tm.lastEntry()?.value, tm.headMap('c'), tm.tailMap('b'), ts, ts.first(), ts.descendingSet().toList(), hs.size(),
 a.intersect(b), a + b, a - b, (a + b).getClass().simpleName, a.containsAll([1, 2]), b.findAll { it > 3 }, ts.ceiling('b'), tm.floorKey('bb')]
