def project = replica.issueType?.name == 'Incident' ? 'OPS' : 'DEV'
def type = [Incident: 'Bug', Story: 'Story'].get(replica.issueType?.name, 'Task')
def result
if (firstSync) {
    issue.projectKey = project
    issue.typeName = type
    result = "created in $project as $type"
} else {
    result = "update of ${issue.key}"
}
[result, issue.projectKey, issue.typeName, firstSync]
