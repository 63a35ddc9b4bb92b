def visible = issue.comments.findAll { !it.body.startsWith('[internal]') }
def text = visible.collect { c -> "${c.author.displayName}: ${c.body}" }.join('\n')
def byAuthor = issue.comments.groupBy { it.author.displayName }.collectEntries { k, v -> [k, v.size()] }
[visible.size(), text, byAuthor, issue.comments.max { it.created }.author.displayName]
