def cfg = [host: 'jira.example', port: 443, path: '/rest']
def url = cfg.with { "https://${host}:${port}${path}" }
def issue = [:]
issue.with {
    key = 'SUP-5'
    summary = 'From with'
    labels = ['x']
}
def sb = new StringBuilder().with { append('a'); append('b'); it }
def nested = [outer: [inner: 1]].with { outer.with { inner + 1 } }
[url, issue, sb.toString(), nested, [1, 2].with { size() }, 'abc'.with { toUpperCase() + length() }]
