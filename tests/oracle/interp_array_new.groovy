def a = new int[3]
def b = new String[2]
def c = new int[2][3]
def e = new boolean[2]
def f = new long[2]
a[1] = 7
[a, b, c, a.getClass().name, b.getClass().name, new int[2][], e, f, a.length]
