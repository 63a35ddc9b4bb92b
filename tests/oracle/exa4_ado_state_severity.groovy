def stateToStatus = [New: "Open", Active: "In Progress", Resolved: "Resolved", Closed: "Closed", Removed: "Closed"]
def sevToPriority = { String sev ->
    def n = sev?.find(/^\d/)?.toInteger() ?: 3
    ["Highest", "High", "Medium", "Low"][n - 1]
}
issue.status = [name: stateToStatus.get(replica.state, "Open")]
issue.priority = [name: sevToPriority(replica.severity)]
def points = replica.storyPoints as Integer
def remaining = replica.remainingWork
[issue.status.name, issue.priority.name, sevToPriority("4 - Low"), sevToPriority(null), points, remaining * 60, (remaining * 3600) as int]
