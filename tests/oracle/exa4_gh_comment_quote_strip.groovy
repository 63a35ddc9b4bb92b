def clean = { String body ->
    body.readLines().findAll { !it.startsWith('>') }.join('\n').trim()
}
def out = replica.comments.collect { c ->
    [author: c.author.login, text: clean(c.body), day: c.created[0..9], fixes: (c.body =~ /(?i)fixe[sd] by #(\d+)/).collect { it[1] }]
}
def fixes = out.collectMany { it.fixes }
[out, fixes, out.every { it.text }, out*.author.toSorted()]
