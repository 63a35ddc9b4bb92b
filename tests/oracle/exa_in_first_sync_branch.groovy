if (firstSync) {
  issue.projectKey = 'LOC'
  def typeMap = [Incident: 'Bug', 'Service Request': 'Task']
  issue.typeName = typeMap[replica.type?.name] ?: 'Task'
  issue.summary = replica.summary.trim()
  issue.description = replica.description ?: ''
  println "creating ${issue.typeName} in ${issue.projectKey}"
} else {
  issue.summary = replica.summary.trim()
}
issue.labels = (replica.labels*.trim()).unique()
issue.labels += ['synced-from-' + replica.key.tokenize('-')[0].toLowerCase()]
issue.subMap(['projectKey', 'typeName', 'summary', 'labels'])
