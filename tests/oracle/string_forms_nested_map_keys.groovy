def m = [(1): 'int', '1': 'str', (null): 'nul', (true): 'bool', (1L): 'long']; [m.size(), m[1], m['1'], m[null], m[true], m.keySet().collect { it?.getClass()?.simpleName }, m.toString()]
