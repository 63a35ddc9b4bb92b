def r = []
r << 'a' + 1 + 2
r << 1 + 2 + 'a'
r << 'a' + null
r << 'a' + [1, 2]
r << 'a' + [k: 'v']
r << 'v' + 1.50
r << 'v' + 1e3
r << 'v' + 0.1d
r << 'x' + (1 / 3)
r << "g${1}" + 2
r << 'c' + ('d' as char)
r << 'n' + true
r << 'a' * 0
r << ('-' * 5) + '|'
def s = 'x'
s += 1
s += null
r << s
s -= 'null'
r << s
r
