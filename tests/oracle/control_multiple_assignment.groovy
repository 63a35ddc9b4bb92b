def (a, b, c) = [1, 2]
def (String x, int y) = ['s', 5]
def p, q
(p, q) = [10, 20]
(p, q) = [q, p]
[a, b, c, x, y, p, q]
