def s(x) {
  switch (x) {
    case 1: return 'one'
    case 2.0: return 'two'
    case 3L: return 'three'
    case 'a': return 'char-a'
    default: return 'd'
  }
}
[1, 1L, 1.0, 2, 2L, 3, 3.0, 'a', 'a' as char, 97].collect { s(it) }
