// Syntax coverage (ternary elvis): parsed and run like Groovy's own parser
def a = null
def b = a ?: 'dflt'
def c = a ?
  1 : 2
def d = 1 < 2 ? 'lt' : 'ge'
[b, c, d, a?.x ?: 'n']
