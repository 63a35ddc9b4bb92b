def ids = [3, 1, 3, 2, 1]
def u = ids.unique()
def same = u.is(ids)
def words = ['Alpha', 'alpha', 'Beta', 'ALPHA', 'beta']
def ci = words.unique(false) { it.toLowerCase() }
def byLen = words.unique(false) { a, b -> a.size() <=> b.size() }
[ids, same, ci, byLen, words, [1.0, 1, 1.00].unique(false), ['a', "${'a'}"].unique(false).size()]
