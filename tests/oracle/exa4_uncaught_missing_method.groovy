def labels = replica.labels
issue.labels = labels.collect { it.trim() }
issue.priority = mapPriority(replica.priority.name)
