def r = []
for (i in 0..<3) r << i
for (int i = 0; i < 3; i++) { r << i * 10 }
for (x in [a: 1, b: 2]) r << x.key + x.value
for (String s : ['p', 'q']) r << s
for (c in 'xy') r << c
def i = 0
while (i < 3) { i++; if (i == 2) continue; r << "w$i".toString() }
r
