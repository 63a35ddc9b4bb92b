def l = ['a', 'b', 'c', 'd']
def r = []
def t = { Closure c -> try { r << c() } catch (e) { r << e.class.simpleName + ': ' + e.message } }
t { l[-1] }
t { l[10] }
t { l[-10] }
t { l[1..2] }
t { l[-2..-1] }
t { l[2..1] }
t { l[0, 2] }
t { l[1..<1] }
t { l[3..5] }
t { l.get(-1) }
t { l.take(10) }
t { l.drop(10) }
t { l.getAt(1) }
t { 'abc'[5] }
t { 'abcdef'[1..3] }
t { 'abcdef'[-3..-1] }
t { 'abc'[2..0] }
r
