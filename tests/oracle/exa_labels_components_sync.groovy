def norm = { it?.trim()?.toLowerCase()?.replaceAll(/\s+/, '-') }
def incoming = replica.labels.collect(norm).findAll().unique()
def local = issue.labels ?: []
issue.labels = (local + incoming).unique().sort()
def compNames = replica.components*.name*.trim().findAll { it }
issue.components = compNames.collect { [name: it] }
def removed = (previous.labels ?: []) - replica.labels
[issue.labels, issue.components*.name, removed, incoming.size()]
