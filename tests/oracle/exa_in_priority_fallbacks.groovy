def prio = { String n ->
  switch (n?.toLowerCase()) {
    case ['highest', 'blocker']: return 'Critical'
    case 'high': return 'Major'
    case ~/(?i)med.*/: return 'Normal'
    case null: return 'Default'
    default: return n.capitalize()
  }
}
issue.priority = [name: prio(replica.priority?.name)]
['Highest', 'HIGH', 'Medium', null, 'trivial'].collect { prio(it) } + [issue.priority.name]
