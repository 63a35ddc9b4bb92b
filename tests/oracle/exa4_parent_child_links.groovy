// map remote parent/sub-task ids to local keys (the twin lookup a real script does through syncHelper)
def twins = ["10001": "DEV-1", "10002": "DEV-2"]
def parentKey = replica.parentId ? twins[replica.parentId as String] : null
def subtasks = (replica.subtasks ?: []).collect { [id: it.id, local: twins[it.id.toString()]] }
def unresolved = subtasks.findAll { !it.local }*.id
if (replica.parentId && !parentKey) {
    println "parent ${replica.parentId} not synced yet"
}
issue.parentKey = parentKey
[parentKey, subtasks, unresolved, issue.parentKey == null]
