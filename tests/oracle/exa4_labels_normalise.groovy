def labels = replica.labels.collect { it.trim().toLowerCase().replaceAll(/\s+/, '-') }.unique()
labels += ["synced", "from-${replica.project.key.toLowerCase()}".toString()]
issue.labels = (issue.labels + labels).unique().sort()
def removed = issue.labels.removeAll { it.startsWith('tri') }
[issue.labels, removed, issue.labels.join(','), labels.indexOf('urgent')]
