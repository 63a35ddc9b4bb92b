def userMap = [
    "ann.lee@corp.example"     : "alee",
    "bob.stone@partner.example": "bstone2"
]
def mapUser = { u ->
    if (!u) return null
    def email = u.email?.toLowerCase()?.trim()
    userMap[email] ?: (email ? email.tokenize('@')[0].replace('.', '_') : "unassigned")
}
issue.assignee = mapUser(replica.assignee)
issue.reporter = mapUser(replica.reporter)
def commenters = replica.comments.collect { mapUser(it.author) }
[issue.assignee, issue.reporter, commenters, mapUser(null)]
