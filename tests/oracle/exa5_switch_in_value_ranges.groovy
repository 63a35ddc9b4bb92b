def bucket = { BigDecimal amount ->
    switch (amount) {
        case { it < 0 }: return 'refund'
        case 0: return 'free'
        case 0.01..99.99: return 'small'
        case 100..<1000: return 'medium'
        default: return 'large'
    }
}
def letters = { String s ->
    switch (s) {
        case 'a'..'f': return 'early'
        case 'g'..'z': return 'late'
        default: return 'other'
    }
}
[[-5.0, 0, 0.01, 99.99, 100, 999.99, 1000, 25].collect { bucket(it as BigDecimal) }, ['c', 'g', 'A', 'zz', 'f'].collect { letters(it) }]
