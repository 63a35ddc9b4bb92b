int j = 0
def a = ++j++
int i = 0
def b = ((i++)++)++
def c = ++(++(++i))
def d = --(5)
def e = (3)++
def s = ++('a')
[a, j, b, i, c, d, e, s]
