// defaults before a varargs parameter: missing arguments take the defaults and the
// varargs parameter an empty array
def m(Map args = [:], String... rest) { "${args.size()}:${rest.size()}" }
def n(int a, int b = 2, int c = 3) { a + b + c }
def k(String head = 'h', Object... tail) { head + tail.size() }
[m(), m([a: 1]), m([a: 1], 'x', 'y'), n(1), n(1, 5), n(1, 5, 6), k(), k('x'), k('x', 1, 2)]
