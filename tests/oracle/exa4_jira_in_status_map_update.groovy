def statusMap = ["Open": "To Do", "In Progress": "In Development", "Resolved": "Done"]
def remoteStatus = replica.status.name
def previousStatus = previous?.status?.name
if (!firstSync && remoteStatus != previousStatus) {
    issue.status = [name: statusMap[remoteStatus] ?: "To Do"]
    println "transition ${previousStatus ?: '(none)'} -> ${issue.status.name}"
}
issue.status
