def STATUS = [Open: 'To Do', Closed: 'Done'].asImmutable()
def LABELS = ['sync', 'remote'].asImmutable()
def r = [STATUS.Open, STATUS['Closed'], LABELS + ['extra'], LABELS.collect { it.toUpperCase() }, 'sync' in LABELS]
def tryIt = { String what, Closure c -> try { c(); r << "$what ok" } catch (UnsupportedOperationException e) { r << "$what refused" } }
tryIt('put') { STATUS.put('New', 'To Do') }
tryIt('getDefault') { STATUS.get('x', 'dflt') }
tryIt('prop') { STATUS.New = 'x' }
tryIt('add') { LABELS.add('x') }
tryIt('remove') { LABELS.remove('sync') }
tryIt('clear') { LABELS.clear() }
tryIt('sort') { LABELS.sort() }
tryIt('sortCopy') { LABELS.sort(false) }
tryIt('set') { Collections.unmodifiableSet(['a'] as Set) << 'b' }
tryIt('copyThenAdd') { def c = new ArrayList(LABELS); c << 'x' }
r << LABELS << STATUS
r
