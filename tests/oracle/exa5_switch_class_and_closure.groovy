def describe(x) {
    switch (x) {
        case String: return "String(${x.size()})"
        case GString: return 'GString'
        case [Integer, Long]: return 'integral'
        case Number: return "number ${x.getClass().simpleName}"
        case List: return "list of ${x.size()}"
        case Closure: return 'closure'
        case { it instanceof Map }: return 'keyed'
        default: return x == null ? 'null' : 'other'
    }
}
def n = 3
[describe('abc'), describe("n=$n"), describe(5), describe(5L), describe(1.5), describe(1.5d), describe([1, 2]),
 describe({ -> 1 }), describe([a: 1]), describe(null), describe(true)]
