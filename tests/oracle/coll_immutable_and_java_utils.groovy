def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { Collections.max([3, 9, 2]) }
t { Collections.min(['b', 'a']) }
t { def l = [3, 1, 2]; Collections.sort(l); l }
t { def l = [1, 2, 3]; Collections.reverse(l); l }
t { Collections.emptyList() }
t { Collections.singletonList(5) }
t { Collections.frequency([1, 2, 1], 1) }
t { [1, 2, 3].asImmutable().collect { it * 2 } }
t { Arrays.asList(3, 1).sort() }
'ok'
