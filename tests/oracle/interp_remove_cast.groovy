def a = [5, 6, 7, 3]; def b = [5, 6, 7, 3]; def c = [5, 6, 7, 3]; def d = [5, 6, 7, 3]
def e = [5, 6, 7, 3]
[a.remove((Object) 3), a, b.remove(3 as Object), b, c.remove((Integer) 1), c, d.remove((Number) 3), d, e.remove(1), e, a.remove((Object) 42)]
