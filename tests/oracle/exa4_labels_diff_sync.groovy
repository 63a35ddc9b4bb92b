def remote = replica.labels*.trim() as Set
def local = issue.labels as Set
def prev = (previous?.labels ?: [])*.trim() as Set
def addedRemotely = remote - prev
def removedRemotely = prev - remote
def result = ((local + addedRemotely) - removedRemotely) as List
issue.labels = result.sort()
[addedRemotely as List, removedRemotely as List, issue.labels, (remote.intersect(local)) as List]
