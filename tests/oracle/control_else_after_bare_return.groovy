// A bare `return` as the `if` branch, with `else` on the next line: the `return` ends
// at the line break and the `else` still belongs to the `if`.
def steps = []
def classify(n, log) {
    if (n < 0) return
    else if (n == 0) log << "zero"
    else log << "positive ${n}"
    log << "after ${n}"
}
classify(-1, steps)
classify(0, steps)
classify(2, steps)
def loopLog = []
for (i in 1..4) {
    if (i % 2 == 0) continue
    else loopLog << i
}
if (!steps) return
else steps << "top-level else"
[steps, loopLog]
