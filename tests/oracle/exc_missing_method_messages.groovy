def t(Closure c) { try { c() } catch (e) { println e.getClass().simpleName + ' | ' + e.message } }
def m = [a: 1]
t { null.baz() }
t { notAMethod(1, 2) }
t { true.foo }
'end'
