println 1e3
println 1.5e3
println 1e-7
println 0.0000001
println 0.000001
println 123e-2
println 1.23e2
println 10e1
println new BigDecimal('1E+5').add(0)
println new BigDecimal('100')
println 0.00
println new BigDecimal(0.1)
[1e3, 1E-3, 5e0]
