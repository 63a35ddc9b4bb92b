def toName = { n ->
    switch (n) {
        case null: return "None"
        case 1..2: return "Critical"
        case 3:    return "Major"
        case [4, 5]: return "Minor"
        case Number: return "Trivial"
        case ~/\d+/: return "numeric text ${n}"
        default:   return "Unknown(${n})"
    }
}
[1, 2, 3, 5, 9, null, "7", "x", 2.5].collect { toName(it).toString() }
