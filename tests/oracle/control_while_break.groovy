def n = 0
while (true) {
    n++
    if (n > 4) break
}
n
