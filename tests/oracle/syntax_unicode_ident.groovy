// Syntax coverage (unicode ident): parsed and run like Groovy's own parser
def café = 1
def αβ = 2
def $x = 3
def _y = 4
[café + αβ + $x + _y]
