def vals = [[], [:], 'str', "g${1}", 1, 1L, 1.5, 1.5d, (1..2), [1] as Set, null, true, 'c' as char, new StringBuilder()]
def types = [Collection, List, Map, CharSequence, String, Number, Integer, Comparable, Object, Set, Boolean]
vals.collect { v -> [v instanceof Collection, v instanceof List, v instanceof Map, v instanceof CharSequence, v instanceof String, v instanceof Number,
  v instanceof Integer, v instanceof Comparable, v instanceof Object, v instanceof Set, v instanceof Boolean].collect { it ? 1 : 0 }.join() }
