def vals = [1, 1L, 1.0, 1.0d, 1.0f, 1G, '1', null, true]
def eq = vals.collect { a -> vals.collect { b -> a == b ? 1 : 0 }.join('') }
def sorted = [3, 2.5, 1L, 10G, 0.5d, -1].sort()
[eq, sorted, sorted*.getClass()*.simpleName, 1 <=> 1.0, 2.0 <=> 1, (0.1 + 0.2) == 0.3, (0.1d + 0.2d) == 0.3d, 1.0 == 1.00,
 [1.0, 1.00].unique(), 3 == 3.0, 10G == 10, Integer.valueOf(5).equals(5L), 5L.equals(5L), 1.5.compareTo(1.50)]
