def words = replica.summary.tokenize()
def acronym = words.collect { it[0].toUpperCase() }.inject { a, b -> a + b }
def longest = words.inject { a, b -> b.size() > a.size() ? b : a }
def merged = [[a: 1], [b: 2], [a: 3, c: 4]].inject { m1, m2 -> m1 + m2 }
def nested = [[1, 2], [3, 4]].inject { x, y -> x.collect { it * 10 } + y }
def total = replica.comments.inject(0) { n, c -> n + c.body.size() }
[acronym, longest, merged, nested, total, words.inject('') { a, b -> a ? a + '_' + b : b }]
