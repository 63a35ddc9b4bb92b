def r = [:]
r.plus = [1, 2] + [3]
r.plusElem = [1] + 2
r.plusNested = [1] + [[2]]
r.minus = [1, 2, 3, 2] - 2
r.minusList = [1, 2, 3] - [2L]
r.times = [1, 2] * 2
def l = [1]
l << 2 << [3, 4]
r.append = l
r.plusString = [1] + 'a'
r
