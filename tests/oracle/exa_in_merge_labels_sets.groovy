def local = (issue.labels ?: []) as Set
def remote = replica.labels*.trim() as Set
def prev = (previous?.labels ?: []) as Set
def removedRemotely = prev - remote
def merged = (local + remote) - removedRemotely
issue.labels = merged.sort()
[local.size(), remote, removedRemotely, issue.labels, merged.getClass().simpleName]
