replica.key = issue.key
replica.summary = issue.summary
replica.labels = issue.labels
replica.comments = issue.comments.findAll { it.remoteId }
replica.customKeys = issue.customFields.keySet().toList()
replica.summary.size()
