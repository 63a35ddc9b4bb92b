def prevSummary = previous?.summary
def changed = prevSummary != replica.summary
def prevStatus = previous?.status?.name ?: 'none'
[changed, prevStatus, previous == null]
