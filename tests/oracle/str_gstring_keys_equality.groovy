def k = 'a'
def gs = "${k}1"
def m = [(gs): 'g', a1: 's']
println m.size()
println m['a1']
println m[gs]
println m.get(gs)
println gs == 'a1'
println gs.equals('a1')
println 'a1'.equals(gs)
println gs.hashCode() == 'a1'.hashCode()
println gs.toString().hashCode() == 'a1'.hashCode()
println (['a1'].contains(gs))
println (gs in ['a1'])
println ([gs].contains('a1'))
def m2 = [:]
m2[gs] = 1
m2."${k}2" = 2
m2.put("${k}3", 3)
println m2.keySet().collect { it.getClass().simpleName }
println m2.a3
println m2["a3"]
println m2.containsKey('a3')
def set = ['a1'] as Set
println set.contains(gs)
println ("x${1}" as String) in ['x1']
["$k": 1].keySet().first().getClass().simpleName
