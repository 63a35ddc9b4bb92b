def t(Closure c) { try { c() } catch (e) { println e.getClass().name + ' | ' + e.message } }
def n = null
def m = [a: 1]
t { n.foo() }
t { n.bar }
t { n.baz = 1 }
t { n[0] }
t { m.a.b.c }
t { [1].nope }
t { [[a: 1], 'x'].size }
t { [[a: 1], 'x'].a }
t { undefinedVar }
t { Integer.parseInt('x') }
t { [1, 2].get(5) }
t { [1][-3] }
t { 'ab'[5] }
t { (String) 5 }
t { [] as Integer }
t { Integer x = 'abc' }
t { 1 / 0 }
t { throw new IllegalStateException('bad state') }
t { throw new RuntimeException() }
t { [].first() }
t { [:].iterator().next() }
t { 'abc'.toInteger() }
'done'
