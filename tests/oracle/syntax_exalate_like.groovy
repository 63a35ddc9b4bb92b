// Syntax coverage (exalate like): parsed and run like Groovy's own parser
def issue = [summary: null, labels: [], customFields: [:]]
def replica = [summary: 'S', labels: [[label: 'a'], [label: 'b']], customFields: ['Remote Key': [value: 'RK']], status: [name: 'Done']]
issue.summary      = replica.summary
issue.labels       = replica.labels.collect { it.label }
issue.customFields."Remote Key" = replica.customFields."Remote Key"?.value
def statusMap = [
    "Done"       : "Closed",
    "In Progress": "Open",
]
def remote = statusMap[replica.status?.name] ?: "Open"
if (replica.status.name == 'Done' &&
    replica.summary) {
    issue.resolution = 'Fixed'
}
[issue, remote]
