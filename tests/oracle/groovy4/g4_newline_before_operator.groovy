// Groovy 3+: a line may start with && / || / == continuing the previous line
// (a syntax error in 2.4). Expected output written for Groovy 4.
def ok = true
    && false
def eq = 1
    == 1
[ok, eq]
