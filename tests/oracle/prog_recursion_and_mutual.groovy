def fact(n) { n <= 1 ? 1G : n * fact(n - 1) }
def isEven(n) { n == 0 ? true : isOdd(n - 1) }
def isOdd(n) { n == 0 ? false : isEven(n - 1) }
def flattenMap(Map m, String prefix = '') {
  m.collectEntries { k, v ->
    def key = prefix ? "$prefix.$k" : k
    v instanceof Map ? flattenMap(v, key) : [(key.toString()): v]
  }
}
def depth(x) { x instanceof List ? 1 + (x.collect { depth(it) }.max() ?: 0) : 0 }
[fact(25), isEven(10), isOdd(7), flattenMap([a: [b: 1, c: [d: 2]], e: 3]), depth([1, [2, [3, []]]])]
