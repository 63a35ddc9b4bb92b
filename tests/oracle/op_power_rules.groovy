def r = [:]
r.a = 2 ** -1
r.b = 4 ** 0.5
r.bType = (4 ** 0.5).getClass().simpleName
r.c = 2.0d ** 2
r.cType = (2.0d ** 2).getClass().simpleName
r.d = 1.5d ** 2
r.e = 2.0 ** 2
r.f = 1.5 ** 2
r.g = 10G ** 20
r
