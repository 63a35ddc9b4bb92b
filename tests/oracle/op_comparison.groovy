def r = [:]
r.a = 'B' < 'a'
r.b = '10' < '9'
r.c = null <=> 1
r.d = 1 <=> null
r.e = null <=> null
r.f = 'a' <=> 'z'
r.g = 1 <=> 2L
r.h = 2.5 > 2
r.i = 3 <=> 3.0
r.j = 'b' > 'a'
r
