def fmt(String s, int width = 6, String pad = '.') { s.padRight(width, pad) + '|' }
def fact(BigInteger n) { n <= 1 ? 1G : n * fact(n - 1) }
def fib(int n) { n < 2 ? n : fib(n - 1) + fib(n - 2) }
def sum(int... xs) { xs.sum() ?: 0 }
def describe(Map opts = [:], String name) { "${name}:${opts.collect { k, v -> "$k=$v" }.join(',')}" }
def flatten(node, List out = []) { out << node.name; node.children?.each { flatten(it, out) }; out }
def tree = [name: 'root', children: [[name: 'a', children: [[name: 'a1']]], [name: 'b']]]
[fmt('ab'), fmt('ab', 4), fmt('ab', 3, '-'), fact(25), fib(15), sum(), sum(1, 2, 3), describe('x'), describe('y', k: 1, j: 2), flatten(tree)]
