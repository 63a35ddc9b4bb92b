def l = [10, 20, 30, 40]
def r = [:]
r.neg = l[-1]
r.out = l[99]
r.range = l[1..2]
r.rev = l[2..0]
r.negRange = l[-2..-1]
r.pick = l[0, 2]
def g = [1]
g[3] = 4
r.grow = g
def n = [1, 2, 3]
n[-1] = 9
r.negSet = n
r.exclusive = l[0..<2]
r
