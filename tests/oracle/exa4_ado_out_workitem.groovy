replica.key = workItem.key
replica.summary = workItem.summary
replica.type = [name: workItem.workItemType]
replica.status = [name: workItem.state]
replica.labels = workItem.tags?.split(';')*.trim()?.findAll()?.collect { [label: it] }
replica.parentId = workItem.parentId as Long
replica.comments = workItem.comments.sort { -it.id }
replica.areaPath = workItem.areaPath
[replica.labels*.label, replica.parentId, replica.parentId.class.simpleName, replica.comments*.id, replica.keySet().size()]
