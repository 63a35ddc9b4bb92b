def r = [:]
def i = 5
r.post = i++
r.afterPost = i
r.pre = ++i
def s = 'a'
s++
r.str = s
def s2 = 'az'
s2++
r.str2 = s2
def d = 1.5
d++
r.dec = d
def l = [1, 2]
l[0]++
r.list = l
def m = [n: 1]
m.n++
r.map = m
r
