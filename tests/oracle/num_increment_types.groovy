def a = 1.5
a++
def b = 9L
b--
def c = 'az'
c++
def d = 0.1d
d += 1
def e = 10
e /= 4
def f = 10
f *= 1.5
def g = 7
g %= 3
def h = 2
h **= 10
def k = 1
k <<= 4
int n = 10
n /= 4
[a, b, c, d, e, f, g, h, k, n]
