def r = [:]
r.padLeft = '5'.padLeft(3, '0')
r.padRight = 'ab'.padRight(5, '.') + '|'
r.noTruncate = '12345'.padLeft(3, '0')
r.cycled = '5'.padLeft(6, 'ab')
r.center = 'ab'.center(6, '*')
r.defaultPad = 'x'.padLeft(3) + '|'
r.emptyPad = ''.padLeft(2, '0')
r
