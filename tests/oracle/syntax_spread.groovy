// Syntax coverage (spread): parsed and run like Groovy's own parser
def l = [[a: 1], [a: 2]]
def f(a, b, c) { a + b + c }
def args = [1, 2, 3]
[l*.a, f(*args), [*args, 4], [*: [x: 1], y: 2], l.a]
