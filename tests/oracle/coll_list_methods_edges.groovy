def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
def l = [1, 2, 3]
t { l[-1] }
t { l[5] }
t { l[-4] }
t { l.get(-1) }
t { l.get(3) }
t { l[1..2] }
t { l[1..5] }
t { l[-2..-1] }
t { l[2..0] }
t { l[0, 2] }
t { l.first() }
t { [].first() }
t { [].last() }
t { [].head() }
t { [].tail() }
t { [1].tail() }
t { l.init() }
t { l.take(-1) }
t { l.drop(5) }
t { l.takeRight(2) }
t { l.dropRight(1) }
t { l.subList(1, 3) }
t { l.subList(2, 1) }
t { l.indexOf(4) }
t { l.lastIndexOf(1) }
t { l.contains(2L) }
t { l.remove(5) }
t { [].pop() }
t { l.getAt(-1..0) }
'ok'
