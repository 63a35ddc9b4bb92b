def byLen = { a, b -> a.size() <=> b.size() ?: a <=> b } as Comparator
def words = ['ccc', 'a', 'bb', 'aa']
def r = []
r << words.sort(false, byLen)
r << words.toSorted(byLen)
r << words.max(byLen)
r << words.min(byLen)
r << (byLen instanceof Comparator)
r << ({ -> 1 } instanceof Comparator)
r << byLen.compare('a', 'bb')
Comparator typed = { x, y -> y <=> x }
r << [3, 1, 2].toSorted(typed)
def l = [3, 1, 2]
r << l.sort(typed)
r << l
r << words.unique(false, byLen)
r << Collections.max(words, byLen)
def sorter(List xs, Comparator c) { xs.toSorted(c) }
r << sorter(['b', 'a'], { x, y -> x <=> y })
r
