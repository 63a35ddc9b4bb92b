def classify(x) {
    switch (x) {
        case null: return 'null'
        case ~/\d+/: return 'digits'
        case 1..5: return 'range'
        case [10, 20]: return 'list'
        case Integer: return 'int'
        case { it instanceof String && it.size() > 3 }: return 'long string'
        case 'ab': return 'ab'
        default: return 'other'
    }
}
[null, '123', 3, 3L, 10, 20L, 99, 'abcd', 'ab', 1.5].collect { classify(it) }
