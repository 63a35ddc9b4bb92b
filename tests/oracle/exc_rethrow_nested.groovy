def r = []
try {
    try {
        throw new RuntimeException('inner')
    } catch (RuntimeException e) {
        r << 'caught ' + e.message
        throw new IllegalStateException('outer', e)
    }
} catch (IllegalStateException e) {
    r << e.message
    r << e.cause.message
}
r
