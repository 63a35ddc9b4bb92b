// update local comments in place when the remote body changed
def remoteById = replica.comments.collectEntries { [(it.id): it] }
def updated = []
issue.comments.each { lc ->
    def rc = remoteById[lc.remoteId]
    if (rc && !lc.body.endsWith(rc.body)) {
        lc.body = "[${rc.author.displayName}] ${rc.body}".toString()
        updated << lc.id
    }
}
def removed = issue.comments.removeAll { it.remoteId && !remoteById.containsKey(it.remoteId) }
[updated, removed, issue.comments*.id, issue.comments*.body*.take(20)]
