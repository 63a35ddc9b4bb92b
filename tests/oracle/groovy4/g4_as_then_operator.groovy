// Groovy 3+: `x as T + 1` parses as `(x as T) + 1` (a syntax error in 2.4).
def v = "41" as Integer + 1
v
