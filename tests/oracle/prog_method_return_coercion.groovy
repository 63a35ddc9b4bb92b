int asInt() { '7'.toInteger() + 0.9 }
String asStr() { 42 }
boolean asBool() { 'x' }
long asLong() { 5 }
double asDouble() { 3 }
List asList() { 'ab'.toList() }
def untyped() { return }
void nothing() { 5 }
def t(Closure c) { try { def v = c(); println "$v ${v?.getClass()?.simpleName}" } catch (e) { println e.class.name + ': ' + e.message } }
t { asInt() }
t { asStr() }
t { asBool() }
t { asLong() }
t { asDouble() }
t { asList() }
t { untyped() }
t { nothing() }
'ok'
