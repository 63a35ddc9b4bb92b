def r = [:]
r.a = 1 == 1L
r.b = 1 == 1.0
r.c = 1.0 == 1.00
r.d = 0.1d == 0.1
r.e = 0.1f == 0.1d
r.f = 97 == 'a'
r.g = 'a' == 97
r.h = 1 == '1'
r.i = [1, 2] == [1L, 2.0]
r.j = [1, 2] == [1, 2] as Set
r.k = [a: 1] == [a: 1L]
r.l = null == null
r.m = null == 0
r.n = 1.equals(1L)
r.o = 'abc' == 'abc'
r.p = [1, [2]] == [1, [2]]
r.q = 100.is(100)
r
