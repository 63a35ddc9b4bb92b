// Jira label objects carry .label; other sides send plain strings
def incoming = replica.labels.collect { it instanceof Map ? it.label : it }*.trim().findAll()
def existing = issue.labels.collect { it.label }
def toAdd = (incoming - existing).unique()
issue.labels += toAdd.collect { [label: it.replaceAll(/\s+/, '_')] }
[toAdd, issue.labels*.label, issue.labels.size()]
