def f(x) {
  def out = []
  switch (x) {
    case { it instanceof Number && it < 0 }: out << 'neg'
    case 0..9: out << 'digit'; break
    case [10, 20, 30]: out << 'tens'
    case 'a'..'f': out << 'hexletter'; break
    case ~/z+/: out << 'zs'; break
    default: out << 'dflt'
  }
  out
}
[-1, 5, 20, 'c', 'zzz', 'zzy', 10L, 7.0].collect { f(it) }
