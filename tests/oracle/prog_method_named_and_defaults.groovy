def make(Map opts = [:], String name, int n = 1) { "$name x$n ${opts}" }
def conf(Map args) { args.collect { k, v -> "$k=$v" }.join('&') }
def pair(a, b = a * 2) { [a, b] }
def varargs(String sep, Object... parts) { parts.join(sep) }
[make('a'), make('c', x: 1), make(y: 2, 'd', 4), conf(a: 1, b: 'two'), conf([:]),
 pair(3), pair(3, 4), varargs('-'), varargs('-', 1), varargs('-', 1, 'a', null), varargs('+', *[7, 8])]
