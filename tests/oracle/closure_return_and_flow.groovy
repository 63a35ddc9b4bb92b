def r = []
def found = [1, 2, 3, 4].find { it > 2 }
r << found
def each = [1, 2, 3].each { if (it == 2) return; r << it }
r << each.size()
def res = [1, 2, 3].collect { if (it % 2) return 'odd'; 'even' }
r << res
def any = [1, 2, 3].any { r << "visit$it"; it == 2 }
r << any
def m = { x -> if (x > 0) { return 'pos' } else if (x < 0) { return 'neg' }; 'zero' }
r << [m(1), m(-1), m(0)]
def nested = [[1, 2], [3]].collect { inner -> inner.collect { it * 10 } }
r << nested
def cnt = 0
(1..10).each { if (it % 3 == 0) cnt++ }
r << cnt
r
