def fact
fact = { n -> n <= 1 ? 1 : n * fact(n - 1) }
def apply(c, v) { c(v) }
[fact(6), apply({ it + 1 }, 1), apply(fact, 4)]
