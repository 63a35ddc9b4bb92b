// Groovy 3+: "\s" is a space escape (a syntax error in 2.4).
"a\sb"
