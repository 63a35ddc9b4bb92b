issue.with {
    summary = replica.summary.trim()
    priority = [name: replica.priority.name]
    labels = replica.labels*.trim().unique()
    description = "see ${replica.key}"
}
def result = replica.with { "${key}:${status.name}:${assignee?.displayName}" }
def counts = replica.comments.with { [total: size(), pub: count { !it.internal }] }
[issue.summary, issue.priority, issue.labels, issue.description, result, counts]
