def pick = { Map r ->
    r?.fields?.assignee?.displayName ?: r?.fields?.reporter?.displayName ?: 'Unassigned'
}
def inputs = [[fields: [assignee: [displayName: 'Ann']]], [fields: [assignee: null, reporter: [displayName: 'Bob']]], [fields: [:]], null, [fields: [assignee: [displayName: '']]]]
def summary = replica.with { "${key}: ${summary.take(10)}… (${labels.size()} labels)" }
[inputs.collect(pick), summary, replica?.customFields?.'Story Points'?.value?.toInteger(), replica.nothing?.size() ?: 0,
 [a: [b: [c: 1]]].a?.b?.c, null?.foo?.bar, (replica.labels ?: ['none'])[0]]
