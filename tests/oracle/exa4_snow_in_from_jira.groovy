def urgencyFor = { String p ->
    switch (p) {
        case "Highest": case "High": return 1
        case "Medium": return 2
        default: return 3
    }
}
entity.short_description = "[${replica.key}] ${replica.summary.trim()}".toString()
entity.description = replica.description
entity.urgency = urgencyFor(replica.priority?.name)
entity.impact = replica.labels*.trim().contains("urgent") ? 1 : 2
entity.correlation_id = replica.key
entity.work_notes = replica.addedComments.collect { "[${it.author.displayName}] ${it.body}" }.join("\n\n")
entity.state = replica.status.name == "Done" ? 6 : (replica.status.name == "In Progress" ? 2 : 1)
[entity.short_description, entity.urgency, entity.impact, entity.state, entity.work_notes.size() > 0, entity.keySet().size()]
