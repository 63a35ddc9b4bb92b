def m = [:].withDefault { k -> k * 2 }
def a = m[3]
def b = m.get(4)
[a, b, m]
