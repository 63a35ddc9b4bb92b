def transitions = [
  'Open'       : ['Waiting for Support': 'Start Progress', 'Resolved': 'Resolve'],
  'In Progress': ['Resolved': 'Resolve', 'Waiting for Customer': 'Pause']
]
def from = issue.status?.name
def to = replica.status?.name
def action = transitions[from]?.get(to)
def path = transitions.collectMany { k, v -> v.collect { t, a -> "$k -> $t via $a" } }
println path.join('\n')
[from, to, action, transitions.get('Closed')?.get(to)]
