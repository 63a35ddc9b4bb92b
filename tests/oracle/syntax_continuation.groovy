// Syntax coverage (continuation): parsed and run like Groovy's own parser
def s = "abc\
def"
def t = '''one\
two
three'''
def u = """x${1 + 1}\
y"""
[s, t, u]
