def r = []
r << [1, 'two', null, [a: 1], [b: [1, 2]]].toString()
r << [:].toString()
r << [a: 'x', b: [1, 'y'], c: null].inspect()
r << (1..3).toString()
r << 1.50.toString()
r << 1e-7.toString()
r << 100.0d.toString()
r << 1.0e7d.toString()
r << 0.001d.toString()
r << 1.0e-4d.toString()
r << (0.1f).toString()
r << [1, [2, [3]]].flatten().toString()
r
