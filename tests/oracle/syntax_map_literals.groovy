// Syntax coverage (map literals): parsed and run like Groovy's own parser
def key = 'k'
def m1 = [(key): 1, "${key}2": 2, 3: 'three', true: 't', 'a-b': 4, null: 5]
def m2 = [:]
m2.x = 1
m2['y'] = 2
m2."z" = 3
m2 << [w: 4]
def m3 = [a: [b: [c: 1]]]
m3.a.b.c++
[m1.keySet().collect { it.toString() }, m2, m3, m1.k, m1[3]]
