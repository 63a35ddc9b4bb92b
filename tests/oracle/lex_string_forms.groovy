def a = 'single'
def b = "double"
def c = '''tri
ple'''
def d = """tri ${a}
dq"""
def e = /slashy \d+ \/ x/
def f = $/dollar $$ slashy \d $/ end/$
[a, b, c, d, e, f]
