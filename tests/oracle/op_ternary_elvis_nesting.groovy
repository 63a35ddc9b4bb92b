def grade = { s -> s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F' }
def label = { m -> m?.name ?: m?.key ?: m?.id?.toString() ?: 'unnamed' }
def r = [95, 85, 75, 10].collect(grade)
r << [[name: 'n'], [key: 'k'], [id: 7], [:], null].collect(label)
def x = null
r << (x ? 'yes' : x == null ? 'null' : 'falsy')
r << (0 ? 'a' : '' ? 'b' : [] ? 'c' : 'd')
r << ((1 > 0) ? (2 > 3 ? 'p' : 'q') : 'r')
r
