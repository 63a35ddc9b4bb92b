def n = 7
def key = replica.key
[String.format("%s-%03d", key, n), String.format('%s', "${key}!"), sprintf('%05d', n), sprintf('%s=%s', 'a', [1, 2]),
 'abc'.padLeft(6, '.') + '|', 'abc'.center(9, '*'), 'x'.padRight(3) + '|', String.format('%-6s|', "${n}")]
