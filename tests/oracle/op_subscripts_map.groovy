def m = [a: 1]
m['b'] = 2
m.c = 3
def k = 'd'
m[k] = 4
[m, m['a'], m.x, m['zz']]
