// Syntax coverage (assert msg): parsed and run like Groovy's own parser
def x = 2
assert x == 2 : "x was $x"
assert x, 'comma form'
try { assert x == 3 : "bad $x" } catch (AssertionError e) { return e.message.readLines()[0] }
