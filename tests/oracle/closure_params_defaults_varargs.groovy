def f = { String s, int n = 2 -> s * n }
def g = { a, ... rest -> "$a:${rest.size()}" }
def h = { Map opts, x -> "${opts.k}-$x" }
def k = { List l -> l.size() }
def r = [f('ab'), f('ab', 3), g(1), g(1, 2, 3), h([k: 'v'], 5), h(k: 'w', 6), k([1, 2])]
def spread = { a, b, c -> a + b + c }
r << spread(*[1, 2, 3])
def args = [4, 5]
r << spread(1, *args)
r << [[1, 2], [3, 4]].collect { a, b -> a * b }
r << [a: 1].collect { k2, v -> k2 + v }
r << [[1, 2, 3]].collect { x, y, z -> z }
r
