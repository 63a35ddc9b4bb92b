def r = [:]
r.sum = 1.10 + 1
r.prod = 1.10 * 2
r.sq = 1.5 * 1.5
r.sub = 5.00 - 0.5
r.neg = -1.50
r.cmp = 1.0 == 1.00
r.eq = 1.0.equals(1.00)
r.cmpTo = 1.0 <=> 1.00
r.plusInt = (0.1 + 0.2)
r.dbl = 0.1d + 0.2d
r
