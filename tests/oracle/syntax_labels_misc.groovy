// Syntax coverage (labels misc): parsed and run like Groovy's own parser
def found = null
search:
for (row in [[1, 2], [3, 4]]) {
    for (cell in row) {
        if (cell == 3) {
            found = cell
            break search
        }
    }
}
def n = 0
loop:
while (true) {
    n++
    if (n > 3) break loop
    continue loop
}
[found, n]
