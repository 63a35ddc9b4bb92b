// closure calls through GDK iteration: implicit `it`, one named parameter, a typed
// parameter, two parameters with list spreading, defaults, captures written in the body
def out = []
def names = ['  ada ', 'Bob', 'carl  ']
out << names.collect { it.trim().toUpperCase() }
out << names.collect { n -> n.size() }
out << names.collect { String s -> s.trim().length() }
out << [[1, 2], [3, 4]].collect { a, b -> a * 10 + b }
def withDefault = { a, b = 5 -> a + b }
out << [1, 2].collect(withDefault)
def total = 0
names.each { total += it.size() }
out << total
def seen = []
names.eachWithIndex { v, i -> seen << "$i:${v.trim()}".toString() }
out << seen
def counter = 0
def bump = { counter++; counter }
out << [bump(), bump(), counter]
out << names.findAll { it.contains('a') }.collect { it.trim() }
out << names.any { it == 'Bob' }
out << [1, 2, 3].inject(0) { acc, x -> acc + x }
def noArg = { x -> x }
out << noArg()
def nested = [1, 2].collect { x -> [10, 20].collect { y -> x + y } }
out << nested
def label = "id-${names.size()}".toString()
out << label
out << label.getClass().name
out << "x${1}".getClass().name
def max = 2147483647
def i = max
i++
out << i
int j = 0
for (int k = 0; k < 5; k++) { j += k }
out << j
long big = 2147483647
big++
out << big
out << (46341 * 46341)
out
