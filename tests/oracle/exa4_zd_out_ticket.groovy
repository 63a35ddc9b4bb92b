replica.key = ticket.key
replica.summary = ticket.summary
replica.description = ticket.description
replica.labels = ticket.tags.collect { [label: it] }
replica.priority = ticket.priority
replica.reporter = ticket.requester
replica.comments = ticket.comments.findAll { !it.internal }.collect { c -> c + [body: c.body.trim()] }
replica.customKeys = ticket.customFields.collectEntries { k, v -> [k.toLowerCase().replace(' ', '_'), v?.value] }
replica.org = ticket.organization?.name
[replica.labels.size(), replica.comments*.id, replica.customKeys, replica.org]
