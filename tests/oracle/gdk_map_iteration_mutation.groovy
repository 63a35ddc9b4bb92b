def m = [a: 1, b: 2, c: 3]
def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { m }
t { m.findAll { it.value > 1 }.keySet().each { m.remove(it) }; m }
t { def l = [1, 2, 3]; for (x in l) { if (x == 2) l.remove((Object) x) }; l }
t { def l = [1, 2, 3]; l.removeAll { it == 2 }; l }
'end'
