println 6 & 3
println 6 | 3
println 6 ^ 3
println ~5
println 1 << 10
println -16 >> 2
println -16 >>> 28
println 1L << 40
println 0xFF
println 0xFFFFFFFF
println 0b1010
println 017
println 1_000_000
println 5 & 1L
[0xFF.class.name, 0xFFFFFFFF.class.name, 10d, 5f, 3i, 7l]
