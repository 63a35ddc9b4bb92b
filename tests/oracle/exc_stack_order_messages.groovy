def a() { b() }
def b() { c() }
def c() { throw new IllegalStateException('deep') }
def r = []
try { a() } catch (IllegalStateException e) { r << e.message }
def cl = { x -> if (x > 1) throw new IllegalArgumentException("x=$x"); x }
r << [1, 2, 3].collect { v -> try { cl(v) } catch (IllegalArgumentException e) { e.message } }
def res = [1, 2].each { try { if (it == 2) throw new RuntimeException('two') } finally { r << "fin$it" } }
r
