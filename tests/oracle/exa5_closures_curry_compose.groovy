def fmt = { String prefix, String sep, value -> "$prefix$sep$value" }
def jira = fmt.curry('JIRA', '-')
def tag = fmt.rcurry(':', 'x').curry('t')
def upper = { it.toUpperCase() }
def trim = { it.trim() }
def clean = trim >> upper
def clean2 = upper << trim
def memo = { n -> n * n }.memoize()
def counter = 0
def count = { -> counter++ }
3.times { count() }
[jira(42), fmt.ncurry(1, ':')('A', 'B'), clean('  abc '), clean2(' x '), memo(12), memo(12), counter, jira.maximumNumberOfParameters,
 [1, 2, 3].collect(memo), { a, b = 2 -> a + b }(1), { ... args -> args.size() }(1, 2, 3)]
