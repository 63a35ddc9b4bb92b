def r = [:]
r.a = 7.intdiv(2)
r.b = (-7).intdiv(2)
r.c = -7 % 2
r.d = 7 % -3
r.e = 7.5d % 2
r.f = 10L % 3
r.g = 7.intdiv(2).getClass().simpleName
r
