def log = []
def risky = { n ->
    try {
        log << "try $n"
        if (n == 2) throw new IllegalStateException("n is $n")
        n * 10
    } catch (IllegalStateException e) {
        log << "caught ${e.message}"
        throw new RuntimeException("wrapped: ${e.message}", e)
    } finally {
        log << "finally $n"
    }
}
def results = (1..3).collect { n ->
    try { risky(n) } catch (RuntimeException e) { e.message + " / " + e.cause?.getClass()?.simpleName }
}
[results, log]
