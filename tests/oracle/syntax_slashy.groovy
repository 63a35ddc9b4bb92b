// Syntax coverage (slashy): parsed and run like Groovy's own parser
def n = 'w'
def a = /a\d+$n\/x/
def b = $/x\y$n $$ $/ z/$
def c = /multi
line/
[a, b, c, 'a\tb', "q\"\$n\\"]
