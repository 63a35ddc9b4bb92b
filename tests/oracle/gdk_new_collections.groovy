def a = new ArrayList()
a.add(1)
def l = new LinkedList([3, 4])
def m = new LinkedHashMap()
m.put('k', 'v')
def hm = new HashMap([a: 1])
def ts = new TreeMap([b: 2, a: 1])
def sb = new StringBuilder()
sb.append('x').append(1)
sb << 'y'
[a, l, m, hm, ts, sb.toString(), a.getClass().simpleName, ts.getClass().simpleName]
