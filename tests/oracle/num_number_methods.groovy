println 5.abs()
println (-5).abs()
println -5.abs()
println 5.power(3)
println 10.toString().size()
println 255.toString(16)
println Integer.toHexString(255)
println Integer.toBinaryString(10)
println Integer.parseInt('ff', 16)
println Integer.MAX_VALUE
println Long.MIN_VALUE
println 3.compareTo(3)
println 7.plus(3)
println 7.minus(10)
println 7.multiply(2)
println 7.div(2)
println 7.next()
println 7.previous()
println 3.14.toInteger()
println 42.toBigDecimal() / 5
println 5.equals(5L)
println 5.is(5)
println 3.7.floatValue()
[10.byteValue(), 1.5.toDouble(), 12.toLong().class.name]
