def r = []
r << [1, 2, 3, 4].inject { a, b -> a + b }
r << ['x', 'y', 'z'].inject { a, b -> a + '/' + b }
r << [5].inject { a, b -> a * b }
r << [[1, 2], [3], [4, 5]].inject { a, b -> a + b }
r << [3, 9, 2].inject { a, b -> Math.max(a, b) }
r << [1.5, 2.25].inject { a, b -> a + b }
r << [1, 2, 3].inject(10) { a, b -> a - b }
r << [a: 1, b: 2].inject(0) { acc, k, v -> acc + v }
try { r << [].inject { a, b -> a + b } } catch (e) { r << e.class.name + ': ' + e.message }
r << ([] as List).inject(0) { a, b -> a + b }
r
