if (firstSync) {
    issue.projectKey = 'DST'
    issue.typeName = ['Bug': 'Defect'][replica.type?.name] ?: 'Task'
    issue.summary = "[${replica.key}] ${replica.summary}".toString()
    return
}
issue.summary = 'update path'
