println Integer.MAX_VALUE + Integer.MAX_VALUE
println Long.MAX_VALUE
println Double.MAX_VALUE
println Double.MIN_VALUE
println Integer.MIN_VALUE
[Integer.MAX_VALUE.class.name, Long.MAX_VALUE.class.name]
