def projects = [[key: 'A', comps: [[n: 'ui', owners: ['ann']], [n: 'api', owners: ['bob', 'cid']]]], [key: 'B', comps: []], [key: 'C', comps: [[n: 'db', owners: []]]]]
[projects.collectMany { p -> p.comps.collect { "${p.key}/${it.n}" } },
 projects*.comps*.n, projects*.comps.flatten()*.owners.flatten().unique(),
 projects.collectEntries { [it.key, it.comps.size()] }, projects.findAll { it.comps }*.key,
 projects.sum { it.comps.sum { c -> c.owners.size() } ?: 0 }, projects.collectNested { it instanceof String ? it.toLowerCase() : it }.size(),
 [[1, [2]], [3]].collectNested { it * 10 }, projects.withIndex().collect { p, i -> "$i:${p.key}" }, projects.indexed().collect { i, p -> i }]
