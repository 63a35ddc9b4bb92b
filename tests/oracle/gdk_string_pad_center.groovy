[ 'ab'.padLeft(5), 'ab'.padLeft(5, '*'), 'ab'.padRight(5, '-'), 'abcdef'.padLeft(3), 'ab'.center(6), 'ab'.center(7, '*'), 'abc'.center(6, '12'), 'x'.padRight(4, 'ab'), '7'.padLeft(3, '0') ]
