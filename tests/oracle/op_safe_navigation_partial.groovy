def m = [a: null]
m?.a.b
