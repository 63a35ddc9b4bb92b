def a = 3037000500L
println a * a
println Long.MAX_VALUE * 2
println Long.MAX_VALUE + 1L == Long.MIN_VALUE
println Integer.MAX_VALUE * Integer.MAX_VALUE
println (Integer.MAX_VALUE as long) * Integer.MAX_VALUE
println 65536 * 65536
println 65536L * 65536
println -Long.MIN_VALUE
println Math.abs(Long.MIN_VALUE)
def x = Integer.MAX_VALUE
x += 1
println x
def y = Integer.MAX_VALUE
y = y + 1L
println y.getClass().simpleName
def z = 2147483647
z *= 2
[z, z.getClass().simpleName]
