def classify(v) {
    switch (v) {
        case null: return 'none'
        case ~/(?i)p[0-2]/: return 'urgent-code'
        case 'Highest':
        case 'High': return 'high'
        case 1..2: return 'high-num'
        case 3..<5: return 'mid-num'
        case [5, 6, 'Low', 'Lowest']: return 'low'
        case { it instanceof String && it.startsWith('Blocker') }: return 'blocker'
        case Integer: return 'other-int'
        case BigDecimal: return 'decimal'
        case Map: return "map:${v.name}"
        default: return 'unknown'
    }
}
[null, 'P1', 'p2', 'P3', 'High', 2, 4, 5, 'Low', 'Blocker!', 99, 2.5, [name: 'Medium'], true, 4.0].collect { classify(it) }
