def v = 'b'
def g = "${v}"
switch (g) {
    case 'a': 'A'; break
    case 'b': 'B'; break
    default: 'none'
}
