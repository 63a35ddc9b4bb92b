def jiraKey = ~/([A-Z][A-Z0-9]+)-(\d+)/
def text = replica.description + " also SUP-1 and dev-2 and OPS-44"
def keys = []
def matcher = jiraKey.matcher(text)
while (matcher.find()) keys << matcher.group()
def projects = (text =~ jiraKey).collect { it[1] }.unique()
[keys, projects, jiraKey.pattern(), "SUP-142" ==~ jiraKey, jiraKey.matcher("x SUP-1").matches(), text.findAll(jiraKey) { all, p, n -> n as int }]
