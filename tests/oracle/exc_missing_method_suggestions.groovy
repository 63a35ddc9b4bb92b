def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { 'abc'.toUpperCas() }
t { [1, 2].sizee() }
t { [a: 1].foo(1) }
t { 'abc'.substring('x') }
t { 'x'.trim(1) }
t { 'abc'.reverse(1) }
t { [1,2].join(1, 2) }
