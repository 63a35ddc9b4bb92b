def r = []
r << [1, 2].collect { [10, 20].collect { x -> x + it } }
r << [1, 2].collect { outer -> [10, 20].collect { it + outer } }
r << [[1, 2], [3]].collect { it.collect { it * 2 } }
def f = { it }
r << f()
r << f(5)
def g = { -> 'noarg' }
r << g()
def h = { a, b -> "$a$b" }
r << h('x', 'y')
r << [a: 1, b: 2].collect { it.key + it.value }
r << [a: 1, b: 2].collect { k, v -> k * v }
r << [3, 4].inject { a, b -> a * b }
def adder = { int x -> { int y -> x + y } }
r << adder(3)(4)
def recur
recur = { n -> n <= 0 ? [] : [n] + recur(n - 1) }
r << recur(3)
r
