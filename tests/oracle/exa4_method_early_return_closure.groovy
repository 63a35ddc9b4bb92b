String firstPublicAuthor(List comments) {
    for (c in comments) {
        if (!c.internal) return c.author?.displayName
    }
    return null
}
def findIn(List comments, String word) {
    comments.each { c ->
        if (c.body.contains(word)) return   // returns from the closure only
    }
    comments.find { it.body.contains(word) }?.id
}
[firstPublicAuthor(replica.comments), firstPublicAuthor([]), findIn(replica.comments, "build"), findIn(replica.comments, "nothing")]
