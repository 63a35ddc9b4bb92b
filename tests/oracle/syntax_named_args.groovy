// Syntax coverage (named args): parsed and run like Groovy's own parser
def f(Map m, a, Closure c) { "${m}|$a|${c()}" }
def r1 = f(x: 1, 5, y: 2) { 'c' }
def r2 = f 7, k: 3, { 'd' }
def r3 = [a: 1, 'b c': 2, (1+1): 3, "k${1}": 4]
[r1, r2, r3]
