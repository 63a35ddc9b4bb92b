def m = [a: 1]
def res = m.with { it.a + 1 }
def res2 = [x: 5].with { x * 2 }
[res, res2]
