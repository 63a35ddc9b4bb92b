// Syntax coverage (ranges): parsed and run like Groovy's own parser
def a = (1..5).collect()
def b = (1..<4).toList()
def c = ('a'..'d').join()
def d = [10, 20, 30, 40][1..2]
def e = 'hello'[1..-2]
def n = 3
def f = (0..<n).sum()
[a, b, c, d, e, f, 5 in 1..10]
