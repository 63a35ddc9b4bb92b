def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
def im = [1, 2].asImmutable()
t { im << 3 }
t { im.add(3) }
t { im[0] = 5 }
t { [a: 1].asImmutable().b = 2 }
t { Collections.unmodifiableList([1]).add(2) }
t { im + 3 }
im
