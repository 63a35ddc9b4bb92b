def c = { a, b = 10 -> a + b }
println c(1)
println c(1, 2)
def v = { Object... xs -> xs.length }
println v(1, 2, 3)
println v()
def mult = { x, y -> x * y }
def dbl = mult.curry(2)
println dbl(5)
def comp = dbl >> { it + 1 }
println comp(3)
println (({ it * 3 } << { it + 1 })(2))
println c.maximumNumberOfParameters
println c.parameterTypes.size()
def counter = 0
def inc = { counter++ }
3.times(inc)
println counter
def fib
fib = { n -> n < 2 ? n : fib(n - 1) + fib(n - 2) }
println fib(15)
def ret = [1, 2, 3].collect { if (it == 2) return 'two'; it }
println ret
def m = [f: { x -> x * 2 }]
println m.f(4)
println m['f'](5)
println m.f.call(6)
;{ -> 'immediate' }()
