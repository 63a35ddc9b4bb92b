def classify = { v ->
  def out
  switch (v) {
    default:
      out = 'default'
      break
    case 1:
      out = 'one'
    case 2:
      out = (out ?: '') + 'two'
      break
  }
  out
}
def r = [0, 1, 2].collect(classify)
def x = 5
def y = switch2(x)
def switch2(v) {
  switch (v) {
    case 0..4: 'small'; break
    case 5..9: 'medium'; break
  }
}
r + [y]
