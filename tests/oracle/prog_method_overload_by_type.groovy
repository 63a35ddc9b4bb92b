def describe(String s) { "string:$s" }
def describe(Integer i) { "int:$i" }
def describe(List l) { "list:${l.size()}" }
def describe(Map m) { "map:${m.keySet()}" }
def describe(Object o) { "object:$o" }
def describe(BigDecimal d) { "dec:$d" }
[describe('a'), describe(1), describe([1, 2]), describe([k: 1]), describe(2L), describe(1.5), describe("g${1}"), describe(null as String), describe(true)]
