def r = []
def t = { Closure c -> try { c(); r << 'passed' } catch (AssertionError e) { r << e.message } }
def x = 3
def m = [a: 'q']
t { assert x == 1 : 'msg' }
t { assert x > 5 && m.a == 'z' : "gs $x" }
t { assert m.a.startsWith('z') : 'm' }
t { assert !m : 'neg' }
t { assert [1, 2].contains(3) : 'lst' }
t { assert m['a'] == "b" : 'idx' }
t { assert x in [1, 2] : 'in' }
r
