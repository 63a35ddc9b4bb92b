def fmt = { rc -> "[${rc.author?.displayName ?: 'Unknown'}] ${rc.body}".toString() }
def remoteIds = replica.comments.collect { it.id }
def kept = issue.comments.findAll { it.remoteId == null || it.remoteId in remoteIds }
def merged = kept.collect { c ->
    def rc = c.remoteId == null ? null : replica.comments.find { it.id == c.remoteId }
    rc ? c + [body: fmt(rc)] : c
}
def known = kept.collect { it.remoteId }
def added = replica.comments.findAll { !(it.id in known) && !it.internal }.collect { [remoteId: it.id, body: fmt(it)] }
issue.comments = merged + added
issue.comments.size()
