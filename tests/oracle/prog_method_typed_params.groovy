def t(Closure c) { try { println c() } catch (e) { println e.class.name + ': ' + e.message } }
def twice(int x) { x * 2 }
def greet(String name) { "hi $name" }
def sizeOf(List l) { l?.size() }
def flag(boolean b) { b }
def num(Number n) { n.getClass().simpleName }
t { twice(4) }
t { greet("g${1}") }
t { sizeOf(null) }
t { num(1) }
t { num(1.5d) }
'ok'
