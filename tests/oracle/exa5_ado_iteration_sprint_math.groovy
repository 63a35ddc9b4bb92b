def paths = ['Contoso\\Release 7\\Sprint 41', 'Contoso\\Release 7\\Sprint 9', 'Contoso\\Backlog', 'Contoso\\Release 10\\Sprint 100']
def parsed = paths.collect { p ->
    def parts = p.split('\\\\')
    def rel = (p =~ /Release (\d+)/) ? (p =~ /Release (\d+)/)[0][1] as int : null
    def spr = (p =~ /Sprint (\d+)/).with { it.find() ? it.group(1) as int : null }
    [path: p, depth: parts.size(), release: rel, sprint: spr]
}
def latest = parsed.findAll { it.sprint != null }.max { a, b -> a.release <=> b.release ?: a.sprint <=> b.sprint }
[parsed*.sprint, parsed*.release, parsed*.depth, latest.path, parsed.sort(false) { it.sprint ?: 0 }*.sprint]
