// Syntax coverage (closures misc): parsed and run like Groovy's own parser
def add = { a, b -> a + b }
def inc = add.curry(1)
def twice = { it * 2 } >> inc
def rec
rec = { n -> n <= 1 ? 1 : n * rec(n - 1) }
[inc(2), twice(3), rec(5), [1, 2].collect { x -> x + 1 }, [1,2].inject(0) { s, x -> s + x }]
