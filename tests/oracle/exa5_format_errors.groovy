def r = []
def t = { Closure c -> try { r << c() } catch (e) { r << e.class.name + ': ' + e.message } }
t { String.format('%d', 'x') }
t { String.format('%s %s', 'only') }
t { String.format('%.2f', 5) }
t { String.format('%5d|', 42L) }
t { String.format('%d', 3.0) }
t { String.format('%s', [1, null]) }
t { String.format('%-5b|', true) }
r
