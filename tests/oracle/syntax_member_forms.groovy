// Syntax coverage (member forms): parsed and run like Groovy's own parser
def m = [a: [b: 'x'], 'odd key': 1]
def s = 'hello'
def q = s.'toUpperCase'()
def up = s.&toUpperCase
def t = this
def r = m?.a?.b?.size()
def nn = null
[q, up(), r, nn?.a?.b, m.'odd key', m?.'odd key']
