println 1.10 * 2
println 1.5 * 1.5
println 0.01 * 0.01
println 1e3 * 2
println 2.50 * 4L
println 1.0e-3 * 1000
[0.0 * 5, 1.25 * -4, 3 * 0.333]
