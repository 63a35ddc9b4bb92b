def oldLabels = previous?.labels ?: []
def added = replica.labels - oldLabels
def removed = oldLabels - replica.labels
issue.labels = (issue.labels + added - removed).unique()
[added, removed]
