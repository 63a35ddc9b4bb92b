replica.key = issue.key
replica.summary = issue.summary?.trim()
replica.description = issue.description
replica.status = issue.status
replica.priority = issue.priority
replica.labels = issue.labels.collect { it.trim() }.unique().sort()
replica.comments = issue.comments.findAll { !it.internal }
replica.attachments = issue.attachments.findAll { it.filesize < 1_000_000 }
replica.customFields = [:]
replica.customFields."Customer Tier" = issue.customFields."Customer Tier"
replica.project = issue.project?.subMap(['key'])
replica.assignee = issue.assignee ? [email: issue.assignee.email.toLowerCase(), displayName: issue.assignee.displayName] : null
replica.keySet().toList()
