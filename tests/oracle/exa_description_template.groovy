def c = replica.comments.findAll { !it.internal }
def body = """\
*Synced from ${replica.key}* (${replica.type.name}, ${replica.priority.name})
Reporter: ${replica.reporter?.displayName ?: 'n/a'}
Labels: ${replica.labels*.trim().unique().join(', ') ?: 'none'}
${c.size()} public comment${c.size() == 1 ? '' : 's'}:
${c.collect { "- ${it.body}" }.join('\n')}
""".stripIndent()
issue.description = body
body.readLines().size()
