def projectFor = [Bug: "QA", Story: "DEV", Task: "OPS"]
if (firstSync) {
    issue.projectKey = projectFor[replica.type.name] ?: "OPS"
    issue.typeName = replica.type.name
}
issue.summary = replica.summary.trim()
if (previous?.summary != replica.summary) println "summary changed: '${previous?.summary}' -> '${replica.summary}'"
issue.customFields."Remote Key".value = issue.customFields."Remote Key".value ?: replica.key
[issue.projectKey, issue.key, issue.summary, issue.customFields."Remote Key".value]
