// Groovy 4: push() inserts at the front and pop() removes the first element
// (Groovy 2.4 appends and removes the last). Expected output written for Groovy 4.
def l = [1, 2, 3]
l.push(0)
def after = l.collect()
def p = l.pop()
[after, l, p]
