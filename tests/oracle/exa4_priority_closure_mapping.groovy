def priorityMapping = { String p ->
    switch (p?.toLowerCase()) {
        case ["highest", "blocker"]: return "1 - Critical"
        case "high":                return "2 - High"
        case ~/med.*/:              return "3 - Moderate"
        case null:                  return "4 - Low"
        default:                    return "4 - Low"
    }
}
issue.priority = [name: priorityMapping(replica.priority?.name)]
def all = ["Blocker", "HIGH", "Medium", "Lowest", null].collectEntries { [(it ?: 'null'): priorityMapping(it)] }
[issue.priority.name, all]
