def projectComponents = [[name: "Auth", id: 1], [name: "Web", id: 2], [name: "API", id: 3]]
def created = []
def findOrCreate = { String name ->
    def c = projectComponents.find { it.name.equalsIgnoreCase(name) }
    if (!c) {
        c = [name: name, id: projectComponents*.id.max() + 1]
        projectComponents << c
        created << name
    }
    c
}
issue.components = replica.components.collect { findOrCreate(it.name.replace("Web UI", "web")) }
[issue.components*.id, created, projectComponents.size()]
