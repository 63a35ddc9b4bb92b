replica.labels << 'added-by-script'
issue.labels.clear()
issue.newField = [nested: true]
'done'
