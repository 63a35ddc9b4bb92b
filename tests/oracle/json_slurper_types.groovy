import groovy.json.JsonSlurper
def j = new JsonSlurper().parseText('{"i": 1, "l": 12345678901, "d": 1.50, "e": 1e3, "s": "x\\u00e9", "b": true, "n": null, "a": [1, {"k": "v"}], "neg": -0.5}')
println j.getClass().simpleName.contains('Map')
println j.keySet().sort()
println ([j.i, j.l, j.d, j.e, j.neg].collect { it.getClass().simpleName })
println j.d
println j.e
println j.s
println j.a[1].k
println j.n == null
println j.b.getClass().simpleName
def arr = new JsonSlurper().parseText('[3, 2, 1]')
println arr.sort()
println j.a.getClass().simpleName
[j.i + j.d, j.l * 2, j.d * 2]
