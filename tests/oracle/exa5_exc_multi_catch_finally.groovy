order = []
def risky(String kind) {
    switch (kind) {
        case 'num': return Integer.parseInt('x')
        case 'state': throw new IllegalStateException('bad state')
        case 'npe': return null.length()
        default: return kind.toUpperCase()
    }
}
['ok', 'num', 'state', 'npe'].each { k ->
    try {
        order << risky(k)
    } catch (NumberFormatException | IllegalStateException e) {
        order << "multi:${e.class.simpleName}"
    } catch (NullPointerException e) {
        order << "npe:${e.message != null}"
    } finally {
        order << "f:$k"
    }
}
def f() { try { return 'try' } finally { order << 'finally-ran' } }
order << f()
order
