def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
t { [3, 'a', 1].sort() }
t { [[2], [1]].sort() }
t { [2, 1.5, 3L, 0.5d, 1G].sort() }
t { ['b', null, 'a'].sort() }
t { [true, false, true].sort() }
t { ['10', '9', '1'].sort { a, b -> a.toInteger() <=> b.toInteger() } }
t { [[n: 2], [n: 1]].sort { it.n }*.n }
t { [b: 2, a: 1].sort { a, b -> a.key <=> b.key } }
t { ['bb', 'a', 'ccc'].sort { -it.size() } }
t { [3, 1, 2].sort().reverse() }
t { [1, 2, 3].sort { a, b -> 0 } }
t { ['B', 'a', 'C'].sort { it.toLowerCase() } }
t { ['B', 'a', 'C'].sort(false, { it }) }
'ok'
