def statusMap = [
    "Open"        : "To Do",
    "In Progress" : "In Development",
    "Resolved"    : "Done",
    "Closed"      : "Done"
]
def remoteStatus = replica.status?.name
def target = statusMap[remoteStatus] ?: statusMap.get(remoteStatus, "Backlog")
if (firstSync) {
    issue.projectKey = "DEV"
    issue.typeName = replica.type?.name == "Bug" ? "Bug" : "Task"
} else {
    issue.status = [name: target]
}
def unmapped = ["Waiting", "Open", null].collect { statusMap.getOrDefault(it, "<$it>".toString()) }
[target, issue.projectKey, issue.typeName, unmapped]
