def statusMap = ['Open': 'To Do', 'In Progress': 'Doing', 'Done': 'Done']
def remote = replica.status?.name
if (previous?.status?.name != remote) {
    issue.status = statusMap[remote] ?: remote
}
[changed: previous?.status?.name != remote, to: issue.status]
