def isPublic = { c -> !c.internal && !(c.body =~ /(?i)confidential|\[internal\]/) }
replica.comments = issue.comments.findAll(isPublic).collect { [id: it.id, body: it.body.replace('\n', ' ')] }
replica.hasAttachments = !issue.attachments.isEmpty()
replica.storyPoints = issue.customFields.'Story Points'?.value?.toBigDecimal()?.setScale(0, java.math.RoundingMode.HALF_UP)
replica.tier = (issue.customFields.'Customer Tier'?.value ?: 'Standard').toUpperCase()
if (issue.labels.contains('urgent')) replica.priority = [name: 'Urgent']
replica
