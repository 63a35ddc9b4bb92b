// Syntax coverage (for forms): parsed and run like Groovy's own parser
def r = []
for (int i = 0; i < 3; i++) r << i
for (x in [4, 5]) { r << x }
for (String s : ['a']) r << s
for (def e in [k: 'v']) r << e.key
for (;;) { break }
int k = 0
while (k < 2) k++
r << k
r
