def target
switch (replica.status.name) {
  case ['Done', 'Closed']: target = 'Resolved'; break
  case ~/In .*/: target = 'In Progress'; break
  case null: target = 'Open'; break
  default: target = 'Open'
}
def res = replica.resolution?.name ?: (target == 'Resolved' ? 'Fixed' : null)
[target, res, issue.status.name == 'In Progress']
