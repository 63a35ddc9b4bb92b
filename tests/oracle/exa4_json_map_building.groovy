def payload = [
    fields: [
        summary    : replica.summary.trim(),
        issuetype  : [name: replica.type.name],
        labels     : replica.labels*.trim().unique(),
        priority   : replica.priority ? [id: replica.priority.id] : null,
        components : replica.components.collect { [name: it.name] },
        customfield_10016: replica.customFields."Story Points".value as Double
    ],
    update: [comment: replica.addedComments.collect { [add: [body: it.body]] }]
]
payload.fields.findAll { k, v -> v == null }.each { k, v -> payload.fields.remove(k) }
payload.fields.size() + ":" + payload.fields.keySet().join(',')
payload
