// Syntax coverage (generics): parsed and run like Groovy's own parser
Map<String, List<Map<String, Integer>>> m = [a: [[b: 1]]]
List<List<String>> l = [['x']]
Map<String,Map<String,List<Integer>>> z = [:]
def f(Map<String, List<Integer>> p) { p.size() }
[m, l, z, f([a: [1]]), m instanceof Map]
