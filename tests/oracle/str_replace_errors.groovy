def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { 'abc'.replaceAll(/b/, '$2') }
t { 'abc'.replaceAll('(', 'x') }
t { 'a$b'.replaceAll(/\$/, '$') }
t { 'abc'.replace(null, 'x') }
t { 'abc'.replaceAll(/b/, null) }
'ok'
