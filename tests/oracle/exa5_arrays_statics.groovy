def arr = [5, 3, 9, 1] as int[]
Arrays.sort(arr)
def names = ['carol', 'Bob', 'alice'] as String[]
Arrays.sort(names)
def names2 = ['carol', 'Bob', 'alice'] as String[]
Arrays.sort(names2, String.CASE_INSENSITIVE_ORDER)
def fixed = Arrays.asList('x', 'y', 'z')
def r = [Arrays.toString(arr), Arrays.toString(names), names2.toList(), fixed, fixed.size(), fixed.getClass().simpleName,
         Arrays.asList(1, 2).contains(2), Arrays.binarySearch(arr, 5), arr.length, Arrays.equals([1, 2] as int[], [1, 2] as int[])]
try { fixed.add('w') } catch (UnsupportedOperationException e) { r << 'fixed-size' }
fixed.set(0, 'X')
r << fixed
def filled = new String[3]
Arrays.fill(filled, '?')
r << filled.join(',')
r << Arrays.copyOfRange(arr, 1, 3).toList()
r
