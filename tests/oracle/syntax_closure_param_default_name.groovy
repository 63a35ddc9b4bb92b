def MAX = 5
def PREFIX = 'id-'
def fmt = { String s, int max = MAX, String pre = PREFIX -> pre + s.take(max) }
def pick = { a, b = a -> [a, b] }
[fmt('abcdefgh'), fmt('abcdefgh', 2), fmt('xy', 9, '#'), pick(1), pick(1, 2)]
