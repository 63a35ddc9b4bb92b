def base = [project: 'SUP', type: 'Bug', priority: 'Medium']
def overrides = [priority: replica.priority.name, labels: replica.labels]
def merged = [*: base, *: overrides, summary: replica.summary]
def again = [summary: 'first', *: [summary: 'second']]
def fn = { Map m -> m.keySet().join(',') }
def named(Map args) { args.collect { k, v -> "$k=$v" }.sort().join('&') }
[merged, again, fn([*: base, extra: 1]), named(*: base, x: 1), [*: [:]], merged.getClass().simpleName]
