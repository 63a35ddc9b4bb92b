def a = [1, 2]
def b = a
a += 3
b << 9
[a, b]
