replica.key            = issue.key
replica.type           = issue.type
replica.summary        = issue.summary?.trim()
replica.description    = issue.description
replica.labels         = issue.labels.unique()
replica.comments       = issue.comments.findAll { !it.internal }
replica.attachments    = issue.attachments.findAll { it.filesize < 10_000_000 }
replica.customKeys     = [tier: issue.customFields."Customer Tier"?.value?.value, points: issue.customFields."Story Points"?.value]
replica.areaPath       = "Proj\\${issue.components ? issue.components[0].name : 'General'}".toString()
[replica.keySet() as List, replica.comments.size(), replica.attachments*.id, replica.customKeys, replica.areaPath]
