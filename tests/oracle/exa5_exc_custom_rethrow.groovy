def step(int n) {
    if (n == 2) throw new UnsupportedOperationException("step $n refused")
    if (n == 3) throw new RuntimeException('wrapped', new IllegalArgumentException('inner cause'))
    "step $n done"
}
def log = []
(1..3).each { n ->
    try {
        log << step(n)
    } catch (UnsupportedOperationException e) {
        log << "abort: ${e.message}"
    } catch (RuntimeException e) {
        log << "rt: ${e.message} / ${e.cause?.class?.simpleName}: ${e.cause?.message}"
    }
}
log
