def r = [:]
r.a = 'k' in [k: 0]
r.b = 'k' in [k: 1]
r.c = 3 in 1..5
r.d = 3L in 1..5
r.e = 2.5 in 1..5
r.f = 'b' in 'abc'
r.g = 'b' in ['a', 'b']
r.h = 2 in [1, 2, 3]
r.i = null in [null]
r.j = 'z' in [z: '']
r
