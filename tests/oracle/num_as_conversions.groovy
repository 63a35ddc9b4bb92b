println '42' as int
println '42' as Integer
println '42' as Long
println '3.14' as BigDecimal
println '3.14' as Double
println 3.99 as int
println ((-3.99) as int)
println 3.99 as long
println 42 as String
println 42 as BigDecimal
println 42 as double
println 1.5 as float
println '7'.toInteger() + 1
println '007'.toInteger()
println ' 5 '.trim().toInteger()
println '1e3'.toBigDecimal()
println '12345678901'.toLong()
println 65 as char
println ((int) 'A'.charAt(0))
println 'A' as char
println((char) 66)
println true as String
println 1 as boolean
println 0 as boolean
println '' as boolean
println 'false' as boolean
[1, 2, 3] as Set
