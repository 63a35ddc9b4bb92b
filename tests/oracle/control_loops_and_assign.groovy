def out = []
for (i in 0..<3) out << i
for (int j = 10; j > 7; j -= 2) out << j
for (e in [a: 1, b: 2]) out << e.key + e.value
for (ch in 'hey') out << ch
def k = 0
while (true) { if (++k > 3) break }
out << k
def (p, q) = [1, 2]
(p, q) = [q, p]
out << p << q
def (r, s, u) = [1, 2]
out << u
def (v, w) = 'xy'.toList()
out << v + w
for (x in null) out << 'never'
def n = 5
def fact = 1
while (n > 1) { fact *= n-- }
out << fact
out
