def names = ['bob', 'Alice', 'alice', 'Émile', 'zoe', 'Bob', '10', '9', '']
[names.sort(false), names.sort(false, String.CASE_INSENSITIVE_ORDER), names.sort(false) { it.toLowerCase() },
 names.sort(false) { a, b -> a.compareToIgnoreCase(b) }, 'a' <=> 'B', 'a'.compareTo('B'), 'a'.compareToIgnoreCase('B'),
 'abc'.equalsIgnoreCase('ABC'), names.min(), names.max(), names.findAll { it.isNumber() }*.toInteger().sort()]
