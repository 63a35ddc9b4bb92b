// Groovy's MapWithDefault is a view: values it stores appear in the wrapped map
def m = [a: 1]
def w = m.withDefault { k -> k.size() }
w.xyz
w.put('b', 2)
[m, w]
