// Syntax coverage (spaces ops): parsed and run like Groovy's own parser
def a = [1,2,3]
def b = a*.multiply(2)
def c = a.findAll{it>1}.collect{it*it}
def d = !a.isEmpty()
def e = a.size()>2?'big':'small'
def f = a?.first()?:0
def g = (a as Set).size()
def h = a.contains(2) && !a.contains(5) || false
def i = ~'ab'
def j = -a[0]
def k = a[-1..0]
[b, c, d, e, f, g, h, i.pattern(), j, k]
