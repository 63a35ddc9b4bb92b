def versions = ["2.10.0", "2.9.1", "2.4.1", "10.0", "2.4.10", "2.4.1-rc1"]
def key = { String v -> v.tokenize('.-').collect { it.isInteger() ? it.toInteger() : -1 } }
def cmp = { a, b ->
    def ka = key(a), kb = key(b)
    for (int i = 0; i < Math.max(ka.size(), kb.size()); i++) {
        def x = i < ka.size() ? ka[i] : 0
        def y = i < kb.size() ? kb[i] : 0
        if (x != y) return x <=> y
    }
    0
}
def sorted = versions.sort(false, cmp)
[sorted, sorted.last(), versions.max(cmp), versions.sort(false)]
