println 10.0.divide(4)
println new BigDecimal("10").divide(new BigDecimal("4"))
println 1.0.divide(8)
try { println 1.0.divide(3) } catch (ArithmeticException e) { println e.class.name + ': ' + e.message }
println 7.5.divide(2.5)
'done'
