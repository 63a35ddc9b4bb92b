def r = []
def x = 2
def s = 'a'
def m = [a: [1, 2]]
b = 5
def t = { c -> try { c() } catch (AssertionError e) { r << e.message } }
t { assert x == 3 : "m1" }
t { assert m.a.size() < 2 : "m2" }
t { assert b == 4 : "m3" }
t { assert x + b == 1 : "m4" }
t { assert replica.k.size() == 1 : "m5" }
t { assert replica == 1 : "m6" }
t { assert m == 1 : "m7" }
t { assert x.plus(1) == 1 : "m8" }
t { assert s == 'x' : "n1" }
t { assert !x : "n3" }
t { assert x in [1, 3] : "n4" }
t { assert (x > 5 && s) : "n5" }
t { assert x > 1 && x < 2 || s == null : "n6" }
t { assert x == 1.5 : "n7" }
t { assert [x, 1].size() == 3 : "n8" }
t { assert x == -1 : "n9" }
r
