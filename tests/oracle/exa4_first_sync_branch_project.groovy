def projectFor = [Bug: "QA", Story: "DEV", Task: "OPS"]
if (firstSync) {
    issue.projectKey = projectFor[replica.type.name] ?: "OPS"
    issue.typeName = replica.type.name
    issue.summary = replica.summary.trim()
    issue.description = "Created from ${replica.key}\n\n${replica.description ?: ''}".toString()
} else {
    issue.summary = replica.summary.trim()
}
issue.customFields."Remote Key".value = issue.customFields."Remote Key".value ?: replica.key
[issue.projectKey, issue.typeName, issue.summary, issue.description.readLines().size(), issue.customFields."Remote Key".value]
