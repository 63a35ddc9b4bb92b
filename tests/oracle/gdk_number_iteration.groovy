def r = []
3.times { r << it }
1.upto(3) { r << it * 10 }
3.downto(1) { r << it * 100 }
0.step(10, 5) { r << "s$it".toString() }
r
