def m = [1: 'int', '1': 'str', (1L): 'long', (1.0): 'dec', (null): 'nul', (true): 'bool']
def r = []
r << m.size()
r << m[1]
r << m['1']
r << m[1L]
r << m[1.0]
r << m[null]
r << m[true]
r << m.keySet().collect { it?.getClass()?.simpleName }
r << m.containsKey(1)
r << m.get(1 as Long)
def n = [:]
n[1] = 'a'
n['1'] = 'b'
r << n.toString()
r << n.size()
def k = 'key'
def g = [(k): 1, k: 2, "$k": 3]
r << g.size()
r << g.key
r << g.k
r
