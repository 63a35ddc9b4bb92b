def r = [:]
r.a = 1 instanceof Integer
r.b = 1L instanceof Integer
r.c = 1 instanceof Number
r.d = 'x' instanceof String
r.e = "${1}" instanceof String
r.f = "${1}" instanceof CharSequence
r.g = [] instanceof List
r.h = [:] instanceof Map
r.i = null instanceof Object
r.j = 1.5 instanceof BigDecimal
r.k = (1..2) instanceof List
r
