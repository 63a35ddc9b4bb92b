def log = []
def f(log) {
    try {
        log << 'try'
        throw new IllegalStateException('bad state')
    } catch (IllegalArgumentException e) {
        log << 'iae'
    } catch (IllegalStateException | UnsupportedOperationException e) {
        log << 'ise:' + e.message
    } finally {
        log << 'finally'
    }
    'after'
}
[f(log), log]
