// Syntax coverage (closures2): parsed and run like Groovy's own parser
def m = [b: 2, a: 1]
def sorted = m.sort { a, b -> a.value <=> b.value }
def f = { int x, int y -> x * y }
def g = { x -> { y -> x + y } }
def h = m.collectEntries { k, v -> [(k): v * 10] }
def any = [1, 2, 3].any { it > 2 }
def grouped = [1, 2, 3, 4].groupBy { it % 2 == 0 ? 'even' : 'odd' }
[sorted, f(2, 3), g(1)(2), h, any, grouped]
