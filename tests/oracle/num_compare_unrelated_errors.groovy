def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { [1] < 2 }
t { 'abc' < 5 }
t { 'a' < 98 }
t { 1 < 'ab' }
t { [a:1] < [b:2] }
t { true < false }
'ok'
