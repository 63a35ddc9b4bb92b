def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { Integer x = 'abc'; x }
t { int x = null; x }
t { Integer x = null; x }
t { List x = 'abc'; x }
t { int x = '5'; x }
t { long x = 'ab'; x }
t { Integer x = 2.5; x }
t { BigDecimal x = '1.5'; x }
t { Date x = 5; x }
'ok'
