def userMap = ['agent.smith@corp.example': 'jsmith', 'dev@corp.example': 'developer']
def resolveUser = { u -> u ? userMap[u.email?.toLowerCase()] ?: 'unassigned' : null }
issue.assignee = resolveUser(replica.assignee)
issue.reporter = resolveUser(replica.reporter)
def authors = replica.comments.collect { c -> resolveUser(c.author) }
[issue.assignee, issue.reporter, authors]
