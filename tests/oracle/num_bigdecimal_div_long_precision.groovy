println 12345678901 / 7
println 123456789012345678 / 11
println 2 / 3
println 1.23456789012345 / 3
println 100G / 3
println (-1 / 3)
println 1 / 3 * 3
1000000 / 3
