// Groovy 3+: try-with-resources (a syntax error in 2.4). Resources close in reverse
// order after the body and before catch/finally run; a null resource is skipped.
// Recorded from a twin script spelling out the same try/finally nesting in 2.4.
def log = []
def res = { n -> [close: { -> log << "close $n" }] }
try (def a = res('a'); def b = res('b')) {
    log << 'body'
}
try (def c = res('c'); def none = null) {
    log << 'body2'
    throw new IllegalStateException('x')
} catch (IllegalStateException e) {
    log << "caught ${e.message}"
} finally {
    log << 'fin'
}
log
