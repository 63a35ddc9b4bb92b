// closure classes are named after the script class, the enclosing method and nesting
def a = { it }
def b = { x -> def n = { y -> return { z -> z } }; [n.getClass().name, n(1).getClass().name] }
def f() { def q = { 1 }; def r = { -> return { 2 } }; [q.getClass().name, r.getClass().name, r().getClass().name] }
def c = { p, q -> p + q }
[a.getClass().name, b(1), f(), { 4 }.getClass().name, a.class.simpleName, [1].collect { it.getClass().name },
 c.curry(1).getClass().name, (c >> { it }).getClass().name, a instanceof Closure, "${-> 1}".toString()]
