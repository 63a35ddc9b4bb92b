// nodeHelper is not bound in a data-only run: the script guards the call like a real script guards a failing lookup
def user
try {
    user = nodeHelper.getUserByEmail(replica.assignee.email)
} catch (MissingPropertyException e) {
    println "lookup unavailable: ${e.getClass().simpleName}"
    user = null
}
issue.assignee = user ?: [key: 'fallback.user']
issue.assignee
