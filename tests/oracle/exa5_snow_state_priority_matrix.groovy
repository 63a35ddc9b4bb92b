def stateMap = ['1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled']
def prio = { String impact, String urgency ->
    def score = (impact as int) + (urgency as int)
    switch (score) {
        case 2: return 'Critical'
        case 3: return 'High'
        case 4: return 'Moderate'
        case 5: return 'Low'
        default: return 'Planning'
    }
}
def issue = [:]
issue.summary = "${entity.number}: ${entity.short_description}".toString()
issue.status = stateMap[entity.state] ?: 'Open'
issue.priority = prio(entity.impact, entity.urgency)
issue.group = entity.assignment_group?.display_value
issue.caller = (entity.caller_id && entity.caller_id != '') ? entity.caller_id.display_value : 'unknown'
issue.reopened = (entity.reopen_count as int) > 0
issue.labels = [entity.u_category, "impact-${entity.impact}"].collect { it.toString().toLowerCase() }
issue
