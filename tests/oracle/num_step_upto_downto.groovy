def r = []
1.upto(4) { r << it }
4.downto(1) { r << it }
0.step(10, 3) { r << it }
10.step(0, -4) { r << it }
1.5.upto(3.5) { r << it }
3.times { r << "t$it" }
0.times { r << 'never' }
println r
def s = []
1.upto(0) { s << it }
println s
def q = []
0.0.step(1.0, 0.25) { q << it }
q
