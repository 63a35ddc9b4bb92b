def buildIssue(Map opts, String summary) {
    [summary: summary, project: opts.project ?: 'DEF', type: opts.type ?: 'Task', extra: opts.findAll { !(it.key in ['project', 'type']) }]
}
def defaults = [project: 'SUP', type: 'Bug']
def a = buildIssue(*: defaults, 'First')
def b = buildIssue(*: defaults, type: 'Story', 'Second')
def c = buildIssue(project: 'OPS', *: [type: 'Incident', sev: 2], 'Third')
def d = buildIssue([:], 'Fourth')
[a, b, c, d]
