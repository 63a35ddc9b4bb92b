def a = [1, 2, 3]
def b = a
a += 4
println "$a $b"
def c = [1, 2]
def d = c
c << 3
println "$c $d"
def e = [3, 1, 2]
def f = e
e.sort()
println "$e $f"
def g = [1, 2]
def h = g
g = g.reverse()
println "$g $h"
def i = [1, 2, 2]
def j = i
i -= 2
println "$i $j"
def k = [1]
k.addAll([2, 3])
k *= 2
println k
def m = [a: 1]
def n = m
m += [b: 2]
println "$m $n"
m << [c: 3]
println m
'ok'
