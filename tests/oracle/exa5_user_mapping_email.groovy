def users = ['jane.doe@customer.com': 'jdoe', 'ops@corp.example': 'ops-bot']
def email = replica.reporter?.email?.toLowerCase()?.trim()
def login = users[email] ?: users.find { k, v -> k.startsWith(email?.tokenize('@')?.first() ?: '?') }?.value ?: 'unknown'
def domain = email?.substring(email.indexOf('@') + 1)
def initials = replica.reporter.displayName.split(' ').collect { it[0] }.join().toUpperCase()
def assignee = replica.assignee?.email ?: 'unassigned'
[email, login, domain, initials, assignee, email ==~ /[\w.+-]+@[\w-]+(\.[\w-]+)+/]
