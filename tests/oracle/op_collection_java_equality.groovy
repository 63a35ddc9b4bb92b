def r = [:]
r.a = [1, 2].contains(1L)
r.b = 1 in [1L]
r.c = [1.0].contains(1.00)
r.d = [(1L): 'x'][1]
r.e = [1, 2, 3].indexOf(2L)
r.f = [1, 2].contains(1)
r.g = [1, 1L, 1.0].unique()
r.h = [1, 2, 3] - [2L]
r.i = [1, 2, 2].count(2L)
r
