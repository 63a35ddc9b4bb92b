if (firstSync) {
    issue.projectKey = 'DST'
    issue.typeName = replica.type?.name ?: 'Task'
}
issue.summary = replica.summary
issue.description = replica.description
issue.labels = replica.labels.collect { it.trim() }
issue.customFields."Remote Key".value = replica.key
issue.priority = [name: [High: 'Critical', Low: 'Minor'][replica.priority?.name] ?: 'Major']
issue.assignee = replica.assignee ? [email: replica.assignee.email.toLowerCase()] : null
