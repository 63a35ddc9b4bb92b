// Syntax coverage (destructure): parsed and run like Groovy's own parser
def (a, b) = [1, 2]
def (String x, int y) = ['s', 3]
def (p, q, r) = [1, 2]
[a, b, x, y, p, q, r]
