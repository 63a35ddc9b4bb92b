def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { Math.max(1, 2.5) }
t { Math.max(1.5, 2.5) }
t { Math.max(1G, 2) }
t { Math.max(1L, 2) }
t { Math.max(1, 2d) }
t { Math.min(1.5, 2) }
t { Math.min(3, 2) }
t { Math.abs(-1.5) }
t { Math.abs(5G) }
t { Math.abs(-2L) }
t { Math.max(2.5, 1d) }
'ok'
