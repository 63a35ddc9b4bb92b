def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { 'hello'.substring(1, 3) }
t { 'hello'.substring(3, 1) }
t { 'hello'.substring(6) }
t { 'hello'[1..3] }
t { 'hello'[-3..-1] }
t { 'hello'[3..1] }
t { 'hello'[1..<1] }
t { 'hello'[10] }
t { 'hello'[0..10] }
t { 'hello'.take(-1) }
t { 'hello'.drop(-2) }
t { 'hello'.take(10) }
t { 'hello'.charAt(9) }
t { 'hello'[-6] }
t { 'hello'.getAt([0, 2, 4]) }
t { 'hello'.indexOf('l', 3) }
t { 'hello'.lastIndexOf('l') }
t { 'a,b'.contains(null) }
t { 'hello'.count('l') }
t { 'hello'.startsWith('') }
'ok'
