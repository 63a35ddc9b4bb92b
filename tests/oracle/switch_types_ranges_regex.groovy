def classify(x) {
  switch (x) {
    case null: return 'null'
    case Integer: return 'int'
    case Long: return 'long'
    case ~/\d+/: return 'digits'
    case String: return 'string'
    case [1.5, 2.5]: return 'listed'
    case BigDecimal: return 'bigdec'
    case List: return 'list'
    case Map: return 'map'
    default: return 'other'
  }
}
[null, 1, 2L, '42', 'x', 1.5, 3.5, [1], [a: 1], true, 1.0d].collect { classify(it) }
