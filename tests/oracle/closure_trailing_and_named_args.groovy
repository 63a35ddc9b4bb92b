def f(Map opts, int x, Closure c) { c(opts.k + x) }
def g(a, Closure c) { c(a) }
[f(3, k: 10) { it * 2 }, g(2) { it + 1 }]
