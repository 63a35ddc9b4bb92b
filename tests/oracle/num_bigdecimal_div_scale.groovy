println 10 / 4
println 1 / 8
println 2.50 / 0.5
println 60 / 2.0
println 3.0 / 1.5
println 1.00 / 3
println 10.000 / 3
println 1 / 7
println 22 / 7.0
println 5 / 0.25
println 1e2 / 4
[7 / 2, -7 / 2, 0 / 5, 0.0 / 3]
