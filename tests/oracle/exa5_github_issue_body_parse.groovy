def body = issue.description
def sections = [:]
def current = 'intro'
body.eachLine { line ->
    def m = line =~ /^#{1,3}\s+(.*)$/
    if (m) { current = m[0][1].trim().toLowerCase(); return }
    if (line.trim()) sections.get(current, []) << line.trim()
}
def refs = (body =~ /#(\d+)/).collect { it[1] as int }.unique().sort()
def mentions = body.findAll(/@[\w-]+/).unique()
[sections.keySet().toList(), sections.collectEntries { k, v -> [k, v.size()] }, refs, mentions, body.count('\n')]
