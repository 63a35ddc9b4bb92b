println 1.0d
println 1e10d
println 1.0E10
println 1e7d
println 9999999.0d
println 1e-3d
println 1e-4d
println 0.1d + 0.2d
println 100.0d / 3
println 1/3d
println 1e21d
println 123456789.123d
println((double) 5)
println 5 as double
println 2.5f
println 0.1f
println 1.0d / 0
println (-1.0d / 0)
println 0.0d / 0
println((float) 1 / 3)
[3.0d, 1e-5d, 1.0E-5]
