println 1.10 + 2.205
println 5.000 - 0.5
println 1.0 - 1.00
println 0.1 + 0.2
println 10 - 0.25
println 3L + 0.50
println 100G + 0.001
[1.50 + 1, 2.0 - 2, -0.00 + 0]
