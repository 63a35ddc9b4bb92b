def projectComponents = ['Frontend': 101, 'Backend': 102, 'Auth': 103]
def versions = [[name: '1.0', released: true], [name: '1.1', released: false], [name: '2.0', released: false]]
issue.components = replica.components.collect { c -> projectComponents[c.name] ? [id: projectComponents[c.name], name: c.name] : null }.findAll()
def unresolved = replica.components*.name.findAll { !projectComponents.containsKey(it) }
def nextVersion = versions.find { !it.released }?.name
def released = versions.findAll { it.released }*.name
[issue.components, unresolved, nextVersion, released, versions.collect { it.name }.max { a, b -> a.toBigDecimal() <=> b.toBigDecimal() }]
