def add = { a, b -> a + b }
def inc = add.curry(1)
def dbl = { it * 2 }
def both = inc >> dbl
[inc(5), both(5), (dbl << inc)(1)]
