def created = replica.comments*.created
def days = created.collect { it.substring(0, 10) }
def sorted = replica.comments.sort(false) { it.created }.collect { it.id }
[days, sorted, created.max()]
