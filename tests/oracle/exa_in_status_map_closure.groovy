def statusMap = [
  'Waiting for Support': 'In Progress',
  'Waiting for Customer': 'Pending',
  'Resolved': 'Done'
]
def remote = replica.status?.name
def target = statusMap[remote] ?: statusMap.find { k, v -> remote?.toLowerCase()?.contains(k.toLowerCase()) }?.value ?: 'Open'
if (previous?.status?.name != remote) {
  issue.status = [name: target]
}
[remote, target, issue.status]
