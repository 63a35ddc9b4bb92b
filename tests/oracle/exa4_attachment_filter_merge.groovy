def MAX = 50 * 1024 * 1024
def blocked = ['exe', 'hprof', 'bat'] as Set
def ext = { String n -> n.contains('.') ? n.substring(n.lastIndexOf('.') + 1).toLowerCase() : '' }
def wanted = replica.attachments.findAll { a ->
    a.filesize < MAX && !(ext(a.filename) in blocked)
}
def already = issue.attachments*.remoteId as Set
def toAdd = wanted.findAll { !(it.id in already) }
issue.attachments += toAdd.collect { [remoteId: it.id, filename: it.filename.replaceAll(/\s+/, '_')] }
[toAdd*.filename, issue.attachments*.filename, wanted.sum(0) { it.filesize }, ext('README')]
