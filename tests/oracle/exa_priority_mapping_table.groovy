def map = [Blocker: 'Highest', Critical: 'High', Major: 'Medium', Minor: 'Low']
def remote = replica.priority?.name
issue.priority = [name: map[remote] ?: 'Medium']
def unknown = map['Trivial'] ?: 'Medium'
[issue.priority.name, unknown, map.find { k, v -> v == 'High' }?.key]
