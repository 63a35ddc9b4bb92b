issue.components = replica.components.findAll { it.name?.trim() }
    .collect { [name: it.name.trim()] }
    .unique { it.name }
issue.components*.name
