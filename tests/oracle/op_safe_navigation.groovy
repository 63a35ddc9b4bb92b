def r = [:]
def m = null
r.a = m?.b
r.b = m?.b?.c
r.c = m?.size()
r.d = [a: null]?.a?.b
def n = [a: [b: 'v']]
r.e = n?.a?.b
r.f = n?.x?.y
m?.z = 5
r.g = m
r
