def statusMap = ["In Progress": "In Development", "Resolved": "Done"]
def userMap = ["ann.lee@corp.example": "alee"]

if (firstSync) {
    issue.projectKey = "DEV"
    issue.typeName = nodeTypeFor(replica.type?.name)
}
issue.summary      = replica.summary?.trim()
issue.description  = replica.description ?: "(no description)"
issue.priority     = [name: replica.priority?.name ?: "Medium"]
issue.labels       = (replica.labels*.trim() + ["from-" + replica.project.key]).unique()
issue.assignee     = userMap[replica.assignee?.email?.toLowerCase()] ?: null
issue.reporter     = userMap[replica.reporter?.email?.toLowerCase()] ?: "integration"
issue.comments     = replica.comments.findAll { !it.internal }.collect { c -> [body: "${c.author.displayName}: ${c.body}".toString(), remoteId: c.id] }
issue.attachments  = replica.attachments.findAll { it.filesize < 5 * 1024 * 1024 }
issue.customFields."Remote Key".value = replica.key
issue.customFields."Story Points".value = replica.customFields."Story Points"?.value

if (!firstSync && replica.status?.name != previous?.status?.name) {
    def target = statusMap[replica.status.name]
    if (target) issue.status = [name: target]
}

String nodeTypeFor(String t) {
    switch (t) {
        case "Bug": return "Bug"
        case ["Story", "Epic"]: return t
        default: return "Task"
    }
}
issue
