def m(p1 = 1, p2 = 2, int... p3 = [3]) { return p1 + p2 + p3[0] }
m()
