def m = [a: 1, b: 2]
def e = m.find { it.key == 'b' }
[e.key, e.value, e.toString(), m.entrySet().first().key]
