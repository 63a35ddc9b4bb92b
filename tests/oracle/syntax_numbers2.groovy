// Syntax coverage (numbers2): parsed and run like Groovy's own parser
def a = 0xFFFFFFFF
def b = 2147483648
def c = 9223372036854775808
def d = 1.0e-3
def e = 100.0 / 3
def f = 10.intdiv(3)
def g = 7 / 2
def h = 2 ** 10
def i = 2 ** -1
def j = -5 % 3
[a, b, c, d, e, f, g, h, i, j, 5.toString(), -5.abs(), 0b1111_0000]
