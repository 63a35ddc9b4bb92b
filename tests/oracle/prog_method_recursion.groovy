def fact(n) { n <= 1 ? 1 : n * fact(n - 1) }
def fib(int n) { n < 2 ? n : fib(n - 1) + fib(n - 2) }
[fact(10), fact(20), fib(15)]
