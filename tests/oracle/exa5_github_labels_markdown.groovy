def labels = issue.labels*.label
def prio = labels.find { it.startsWith('priority:') }?.split(':')?.last()?.trim()
def body = issue.description
def tasks = (body =~ /- \[( |x)\] (.+)/).collect { [done: it[1] == 'x', text: it[2]] }
def wiki = body.replaceAll(/`([^`]+)`/, '{{$1}}').replaceAll(/(?m)^> (.*)$/, 'bq. $1')
[prio, labels.collect { it.replaceAll(/\s+/, '-') }, tasks, tasks.count { it.done }, wiki,
 issue.assignees*.username.join(', '), issue.fixVersions*.name, issue.repositoryFullName.split('/')[1]]
