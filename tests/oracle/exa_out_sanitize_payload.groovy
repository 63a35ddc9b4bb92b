def clean = { String s -> s?.replaceAll(/[\u0000-\u001f&&[^\n\t]]/, '')?.replaceAll(/\s+$/, '')?.take(255) }
replica.summary = clean(issue.summary)
replica.description = clean(issue.description)
replica.labels = issue.labels.collect { it.trim().toLowerCase() }.findAll { it ==~ /[a-z0-9_-]+/ }.unique().sort()
replica.components = issue.components?.collect { it.name }?.sort() ?: []
replica.comments = issue.comments.findAll { !it.internal }.collect { c ->
  [id: c.id, author: c.author?.displayName ?: 'anonymous', body: clean(c.body)]
}
replica.points = issue.customFields.'Story Points'?.value
replica.env = issue.customFields.Environment?.value?.with { "${value}${child ? '-' + child.value : ''}" }
[replica.summary, replica.labels, replica.components, replica.comments*.author, replica.points, replica.env]
