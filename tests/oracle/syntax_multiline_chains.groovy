// Syntax coverage (multiline chains): parsed and run like Groovy's own parser
def x = true
def y = x
    ? 'yes'
    : 'no'
def l = [3, 1, 2]
    .sort()
    .collect { it * 2 }
def n = null
def z = n
    ?.foo
    ?.bar
def w = x ?
    1 :
    2
[y, l, z, w]
