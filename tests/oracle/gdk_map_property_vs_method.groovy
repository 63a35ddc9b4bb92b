def m = [size: 'custom', a: 1]
def n = [a: 1]
[m.size, m.size(), n.size, n.class, [:].class, n.empty, n.isEmpty(), n.getClass().simpleName]
