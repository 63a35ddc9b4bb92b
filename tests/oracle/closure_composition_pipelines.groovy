def trim = { it?.trim() }
def lower = { it?.toLowerCase() }
def dash = { it?.replaceAll(/\s+/, '-') }
def slug = trim >> lower >> dash
def slug2 = dash << lower << trim
def pipeline = [trim, lower, dash]
def applyAll = { s -> pipeline.inject(s) { acc, f -> f(acc) } }
def add = { a, b -> a + b }
def inc = add.curry(1)
def twice = { f, x -> f(f(x)) }
[slug('  Hello Big World '), slug2(' A B '), applyAll(' X  Y '), slug(null), inc(5), twice(inc, 5), twice({ it * 3 }, 2),
 [1, 2, 3].collect(inc), ['b', 'a'].sort(false, { it })]
