def vals = [null, '', ' ', 0, 0.0, 1, [], [0], [:], [a: null], false, 'false', '0', [null], 0L, 0.0d, -1]
[vals.collect { it ? 'T' : 'F' }.join(''), vals.collect { it ?: 'd' }, vals.count { !it }, vals.findAll().size(),
 vals.collect { (it as boolean) ? 1 : 0 }.sum(), vals.any { it == '' }, vals.every { it != null || true }]
