def nodeHelper = [
  getUserByEmail: { String email -> email?.endsWith('@corp.example') ? [key: email.tokenize('@')[0], email: email] : null },
  getPriority: { String name -> [name: name] },
  getIssueType: { String name -> name in ['Bug', 'Task'] ? [name: name] : null }
]
issue.assignee = nodeHelper.getUserByEmail(replica.assignee?.email?.toLowerCase()) ?: nodeHelper.getUserByEmail('fallback@corp.example')
issue.reporter = nodeHelper.getUserByEmail(replica.reporter?.email)
issue.priority = nodeHelper.getPriority(replica.priority.name == 'Highest' ? 'High' : replica.priority.name)
issue.type = nodeHelper.getIssueType(replica.type.name) ?: nodeHelper.getIssueType('Task')
[issue.assignee, issue.reporter, issue.priority, issue.type]
