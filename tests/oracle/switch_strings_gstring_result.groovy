def v = 'b'
def g = "${v}"
def r1 = switch1(g)
def switch1(s) {
  switch (s) {
    case 'a': 'A'; break
    case 'b': 'B'; break
  }
}
def r = []
for (x in ['a', "${'b'}", 'c', 'B']) {
  switch (x) {
    case 'a':
    case 'b':
      r << "ab:$x"
      break
    case { it.toLowerCase() == 'b' }:
      r << 'lowerb'
      continue
    default:
      r << 'none'
  }
}
[r1, r]
