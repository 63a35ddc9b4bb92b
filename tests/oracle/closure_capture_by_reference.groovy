def count = 0
def inc = { count++ }
inc(); inc(); inc()
def fns = []
for (i in 1..3) { def j = i; fns << { j * 10 } }
[count, fns.collect { it() }]
