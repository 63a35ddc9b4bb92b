// Syntax coverage (compound ops): parsed and run like Groovy's own parser
def a = 2
a **= 3
def b = -16
b >>>= 2
def c = 5
c <<= 2
def d = 17
d %= 5
def e = 6
e ^= 3
def f = 6
f |= 1
def g = 6
g &= 3
def h = -16
h >>= 2
[a, b, c, d, e, f, g, h]
