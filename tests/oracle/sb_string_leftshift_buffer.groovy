def s = 'x'
s <<= 'y'
def t = s
s << 'z'
def u = 'a' << 1 << 'b'
def sb = new StringBuilder('a')
def r = sb + 'b'
def q = sb + null
[s.toString(), t.toString(), u.toString(), (s + '!').getClass().simpleName, "$u", u.size(), u == 'a1b', u.toString() == 'a1b', s.getClass().simpleName,
 sb.toString(), r, r.getClass().simpleName, q]
