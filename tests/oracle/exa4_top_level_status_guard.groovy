def closedStates = ["Done", "Closed", "Resolved"]
if (!firstSync && issue.status?.name in closedStates && replica.status?.name in closedStates) {
    println "both sides closed; nothing to do for ${issue.key}"
    return issue.status.name
}
issue.status = [name: replica.status.name]
"updated"
