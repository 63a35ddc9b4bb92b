def closures = []
for (i in 0..2) { closures << { -> i * 10 } }
def eachClosures = []
(0..2).each { i -> eachClosures << { -> i * 10 } }
def counter = 0
def inc = { counter += it; counter }
inc(2); inc(3)
def acc = []
def outer = { x -> { y -> acc << "$x$y"; x + y } }
def add5 = outer(5)
[closures*.call(), eachClosures*.call(), counter, add5(1), add5(2), acc,
 [1, 2, 3].collect { it2 -> [1].collect { it2 * 2 } }.flatten()]
