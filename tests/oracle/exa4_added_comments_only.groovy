def fresh = replica.addedComments ?: []
fresh.each { c ->
    def who = c.author?.displayName ?: "System"
    def stamp = c.created?.take(16)?.replace('T', ' ')
    issue.comments += [[body: "*${who}* wrote on ${stamp}:\n{quote}${c.body}{quote}".toString(), remoteId: c.id]]
}
[fresh.size(), issue.comments*.remoteId, issue.comments.last().body]
