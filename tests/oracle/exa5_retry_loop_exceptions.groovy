def attempts = []
def flaky = { int n -> if (n < 3) throw new IllegalStateException("busy $n"); "ok after $n" }
def result = null
for (int i = 1; i <= 5; i++) {
    try {
        result = flaky(i)
        break
    } catch (IllegalStateException e) {
        attempts << e.message
        if (i == 5) throw e
    } finally {
        attempts << "try $i"
    }
}
def outcome
try {
    outcome = [1, 2, 3].collect { if (it == 2) throw new IllegalArgumentException("bad $it"); it * 10 }
} catch (IllegalArgumentException e) {
    outcome = "caught ${e.message}"
}
[result, attempts, outcome]
