println Integer.MAX_VALUE + 1
println Integer.MIN_VALUE - 1
println 46341 * 46341
println Long.MAX_VALUE + 1
println Long.MIN_VALUE - 1L
println 2147483647 + 1L
println (-Integer.MIN_VALUE)
println Integer.MAX_VALUE * 2
println 3000000000
println 3000000000.class.name
println 9223372036854775808.class.name
println (Integer.MAX_VALUE + 1).class.name
def i = Integer.MAX_VALUE
i++
println i
println Math.abs(Integer.MIN_VALUE)
[1000000 * 1000000, 1000000L * 1000000]
