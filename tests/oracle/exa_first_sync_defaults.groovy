if (firstSync) {
  issue.projectKey = 'SUP'
  issue.typeName = replica.type?.name ?: 'Task'
}
issue.summary = replica.summary?.take(20)
issue.summary += replica.summary.size() > 20 ? '…' : ''
[issue.projectKey, issue.typeName, issue.summary, issue.summary.size()]
