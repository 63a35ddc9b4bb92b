def e1 = new IllegalStateException('bad')
println e1.message
println e1.toString()
println e1.getClass().name
println e1 instanceof RuntimeException
def e2 = new RuntimeException('outer', e1)
println e2.cause.message
println e2.toString()
def e3 = new RuntimeException(e1)
println e3.message
def e4 = new Exception()
println e4.message
println e4.toString()
try { null.foo() } catch (e) { println e.toString() }
try { [:].a.b } catch (e) { println e }
try { throw new IllegalArgumentException("val=${5}") } catch (e) { println e.message.getClass().simpleName }
"${e1}"
