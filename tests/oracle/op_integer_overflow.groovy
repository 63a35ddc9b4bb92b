def r = [:]
r.maxPlus = Integer.MAX_VALUE + 1
r.mul = 46341 * 46341
r.longMax = Long.MAX_VALUE + 1
r.negMin = -Integer.MIN_VALUE
int i = Integer.MAX_VALUE
i++
r.inc = i
r.pow = 2 ** 31
r.powType = (2 ** 31).getClass().simpleName
r.pow10 = 2 ** 10
r.longPow = 2L ** 62
r.bigPow = 2L ** 64
r
