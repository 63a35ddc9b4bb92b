def r = []
def sb = 'ab' << 'cd'
r << sb.getClass().simpleName
r << sb.toString()
def s = 'x'
s <<= 'y'
r << s.toString()
def l = []
l << 1 << [2, 3]
r << l
def m = [:]
m << [a: 1] << [b: 2]
r << m
def set = [] as Set
set << 1 << 1 << 2
r << set
r << (1 << 3)
r << (1L << 33)
r
