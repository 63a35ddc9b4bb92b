def users = ['ann@example.com': 'alee', 'bob@example.com': 'bob']
def email = issue.assignee?.email?.toLowerCase()
def login = users[email] ?: users.find { k, v -> k.startsWith(email?.tokenize('@')?.first() ?: '?') }?.value
def reporter = issue.reporter?.displayName ?: 'unknown'
def initials = issue.assignee.displayName.tokenize().collect { it[0] }.join()
[login, reporter, initials, users.keySet().collect { it.tokenize('@')[1] }.unique()]
