def r = []
r << 'a' + null
r << 'a' + 1.5
r << 1 + 'ab'
r << 'a' + 1 + 2
r << 1 + 2 + 'a'
r << null + 'ab'
r << 'a' + [1]
r << 'ab' * 3
r << 'ab' * 0
r << 'hello world' - 'o'
r << 'a1b2' - ~/\d/
r
