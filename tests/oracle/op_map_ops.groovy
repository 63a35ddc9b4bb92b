def r = [:]
r.plus = [a: 1, b: 2] + [b: 3, c: 4]
r.minus = [a: 1, b: 2, c: 3] - [b: 2, c: 4]
def m = [x: 1]
m << [y: 2]
r.leftShift = m
r
