def s = [1, 2, 3]
    .collect { it * 2 }
    .findAll { it > 2 }
def t = true ?
    'yes' :
    'no'
def u = 1 +
    2
def v = null
    ?: 'elvis'
[s, t, u, v]
