// Syntax coverage (method defaults): parsed and run like Groovy's own parser
def m(Map args = [:], String... rest) { "${args.size()}:${rest.size()}" }
def n(int a, int b = 2, int c = 3) { a + b + c }
[m(), m([a: 1]), m([a: 1], 'x', 'y'), n(1), n(1, 5), n(1, 5, 6)]
