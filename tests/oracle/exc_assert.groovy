def x = 1
assert x == 1
assert x + 1 == 3
