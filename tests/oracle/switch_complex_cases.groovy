def kind(v) {
  switch (v) {
    case { it instanceof String && it.isNumber() }: return 'numeric-string'
    case String: return 'string'
    case [1, 2, 3]: return 'small-int'
    case 4..<10: return 'mid-int'
    case Integer: return 'int'
    case { it instanceof Collection && it.empty }: return 'empty-coll'
    case Collection: return "coll(${v.size()})"
    case Map: return 'map'
    case Boolean: return 'bool'
    case Number: return 'number'
    default: return v == null ? 'null' : v.getClass().simpleName
  }
}
['12', 'ab', 2, 5, 10, 10L, [], [1], [:], false, 1.5, null, 'x' as char].collect { kind(it) }
