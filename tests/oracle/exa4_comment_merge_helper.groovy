// a script-level stand-in for commentHelper.mergeComments: match by remoteId, update, add new, keep local
def mergeComments(List local, List remote, Closure fmt) {
    def byRemote = local.findAll { it.remoteId != null }.collectEntries { [(it.remoteId): it] }
    def result = local.findAll { it.remoteId == null || remote.any { r -> r.id == it.remoteId } }
    remote.each { rc ->
        def existing = byRemote[rc.id]
        if (existing) existing.body = fmt(rc)
        else result << [id: null, remoteId: rc.id, body: fmt(rc)]
    }
    result
}
issue.comments = mergeComments(issue.comments, replica.comments.findAll { !it.internal }) { c ->
    "[${c.author?.displayName ?: 'Unknown'}] ${c.body}".toString()
}
issue.comments.collect { "${it.id}:${it.remoteId}:${it.body.readLines()[0]}" }
