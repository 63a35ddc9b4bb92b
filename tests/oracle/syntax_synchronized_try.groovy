// Syntax coverage (trywr): parsed and run like Groovy's own parser
def out = []
synchronized (out) {
    out << 'locked'
}
try {
    out << 'body'
} finally {
    out << 'fin'
}
out
