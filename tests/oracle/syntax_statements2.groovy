// Syntax coverage (statements2): parsed and run like Groovy's own parser
def x = 0
if (x == 0) x = 1
else if (x == 1) x = 2
else x = 3
def y = 0
while (y < 5) { y += 2; if (y == 4) continue; }
def z = [1, 2, 3].each { if (it == 2) return; }
int i = 0, j = 10
[x, y, z, i, j]
