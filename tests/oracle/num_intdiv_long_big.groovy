def r = []
r << 100L.intdiv(7)
r << 100G.intdiv(7)
r << (-100).intdiv(7)
r << 100.intdiv(-7L)
r << Long.MAX_VALUE.intdiv(2)
r << (2G ** 100).intdiv(3G ** 50)
r << 17 % 5L

r << 17G.mod(5)
r << (-17G).mod(5)
r << 5.0d.intValue().intdiv(2)
r.collect { "${it}:${it.getClass().simpleName}" }
