def t(Closure c) { try { c() } catch (e) { println 'caught ' + e.class.name } }
t { assert 1 == 1 }
println 'before'
t { assert [1, 2].size() == 3 : 'size is wrong' }
println 'never'
