def vals = [null, 0, 0L, 0.0, 0.0d, -0.0d, 1, '', ' ', 'false', '0', [], [0], [:], [a: null], 'a' as char, true, false,
            new StringBuilder(), new StringBuilder('x'), [].iterator(), [1].iterator(), 'abc' =~ /x/, 'abc' =~ /b/, Double.NaN, 0G]
vals.collect { it ? 'T' : 'F' }.join()
