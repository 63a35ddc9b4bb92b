def n = 0
for (i in 1..3) { n += i }
