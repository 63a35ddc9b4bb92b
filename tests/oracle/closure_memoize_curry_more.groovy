def calls = 0
def slow = { n -> calls++; n * n }
def fast = slow.memoize()
[fast(3), fast(3), fast(4), calls]
def add3 = { a, b, c -> a + b + c }
def r = [add3.curry(1)(2, 3), add3.curry(1, 2)(3), add3.rcurry(3)(1, 2), add3.ncurry(1, 5)(1, 1)]
def fib
fib = { n -> n < 2 ? n : fib(n - 1) + fib(n - 2) }.memoize()
r << fib(40)
r << [calls]
r
