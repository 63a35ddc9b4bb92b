def fmt = { c ->
    def prefix = c.internal ? "Internal note" : "Public reply"
    "${prefix} by ${c.author.displayName} <${c.author.email}>:\n${c.body}".toString()
}
def pub = replica.comments.findAll { !it.internal }.collect(fmt)
def priv = replica.comments.findAll { it.internal }.collect { fmt(it) }
def agentEmails = replica.comments*.author*.email.findAll { it.endsWith('@support.example') }
issue.comments = pub.collect { [body: it] }
[pub, priv.size(), agentEmails, issue.comments.size()]
