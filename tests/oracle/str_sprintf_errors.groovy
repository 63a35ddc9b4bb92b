def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { String.format('%d', 'abc') }
t { String.format('%d', 1.5) }
t { String.format('%s %s', 'a') }
t { String.format('%q', 1) }
t { String.format('%.2f', 'x') }
t { String.format('%d', 3L) }
t { String.format('%5.1f', 2) }
'ok'
