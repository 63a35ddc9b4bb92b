def r = twice(21)
def twice(n) { n * 2 }
r
