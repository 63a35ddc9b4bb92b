def vals = [null, true, false, 0, 1, 0L, 0.0, 0.0d, 1.5, '', ' ', '0', 'false', [], [0], [null], [:], [a: null], "${''}", 'x' as char]
vals.collect { it ? 'T' : 'F' }.join('')
