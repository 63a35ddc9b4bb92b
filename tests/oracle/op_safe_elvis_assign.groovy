def m = [a: null, b: 0, c: '', d: 'x']
def r = []
r << (m.a ?: 'A')
r << (m.b ?: 'B')
r << (m.c ?: 'C')
r << (m.d ?: 'D')
r << (m.missing?.foo ?: 'M')
r << (m.d?.toUpperCase())
m.e = m.e ?: []
m.e << 1
r << m.e
def n = null
n = n ?: 5
r << n
r << (false ?: null ?: 0 ?: 'last')
r << (m.a?.size() ?: -1)
r
