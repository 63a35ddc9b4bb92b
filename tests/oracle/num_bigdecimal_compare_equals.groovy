println 1.0 == 1.00
println 1.0.equals(1.00)
println 1.0.compareTo(1.00)
println 2.5 <=> 2
println 1 == 1.0
println 1.0 == 1L
println 0.1 == 0.1d
println 0.1f == 0.1d
println 2.50.hashCode() == 2.5.hashCode()
println ([1.0, 1.00].unique())
println ([1.0].contains(1.00))
println (1.5 in [1.50])
[1.10 > 1.1, 1.10 >= 1.1, 3 < 3.01]
