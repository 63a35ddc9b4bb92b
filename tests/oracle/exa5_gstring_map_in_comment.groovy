def changes = [status: [from: 'Open', to: null], assignee: [from: null, to: 'bob'], labels: [from: [], to: ['x', null]]]
def lines = changes.collect { k, v -> "* $k: ${v.from} -> ${v.to}" }
def body = """Sync report for ${replica.key}
${lines.join('\n')}
raw: $changes"""
[body, "${changes.status}", "${changes.values()}", "${changes.keySet()}", "${changes.entrySet().first()}"]
