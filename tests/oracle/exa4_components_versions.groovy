def known = ["Auth": "Authentication", "Web UI": "Frontend"]
issue.components = replica.components.collect { c -> [name: known[c.name] ?: c.name] }
issue.fixVersions = replica.fixVersions
    .findAll { it.releaseDate }
    .sort { a, b -> b.releaseDate <=> a.releaseDate }
    .collect { it.name }
def nextVersion = replica.fixVersions*.name.collect { it.tokenize('.')*.toInteger() }.max { a, b ->
    [a, b].transpose().findResult { x, y -> x <=> y ?: null } ?: a.size() <=> b.size()
}
[issue.components*.name, issue.fixVersions, nextVersion.join('.')]
