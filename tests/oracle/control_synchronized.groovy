// `synchronized (lock) { … }` runs its body once; the lock expression is evaluated
def log = []
def lock = new Object()
synchronized (lock) {
    log << 'inside'
}
synchronized (log) { log << log.size() }
log
