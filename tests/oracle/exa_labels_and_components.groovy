def labels = issue.labels.collect { it.toLowerCase() }.findAll { !it.startsWith('p') }
def comps = issue.components*.name.sort()
replica.labels += labels.collect { 'ext_' + it }
[labels, comps, replica.labels, replica.labels.size(), issue.labels.join(', '), comps.contains('Auth') ? 'auth' : 'other']
