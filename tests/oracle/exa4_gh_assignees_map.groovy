def ghToJira = ['maria-dev': 'maria.santos', 'tom-k': 'tkowalski']
def assignees = replica.assignees ?: []
def first = assignees ? assignees[0] : null
issue.assignee = first ? [key: ghToJira[first.login] ?: first.login] : null
def watchers = assignees.drop(1).collect { a -> ghToJira.get(a.login, a.login) }
def names = assignees.collect { it.displayName ?: "@${it.login}" }
[issue.assignee, watchers, names*.toString(), assignees*.login.join(' & ')]
