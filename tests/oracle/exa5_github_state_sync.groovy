def remoteStatus = replica.status.name
def mapping = [Done: 'closed', Closed: 'closed', "Won't Do": 'closed']
def target = mapping.get(remoteStatus, 'open')
def changed = target != issue.status.name
if (changed) issue.status = [name: target]
def comment = changed ? "Status ${replica.status.name} -> ${target}" : null
[target, changed, comment, issue.status, mapping.containsKey("Won't Do"), mapping.keySet().toList()]
