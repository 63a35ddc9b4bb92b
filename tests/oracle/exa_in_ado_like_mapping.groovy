def replica = [
  workItemType: 'User Story', state: 'Active', areaPath: 'Proj\\Team A', iterationPath: 'Proj\\Sprint 3',
  priority: 2, tags: 'ui; backend ;; urgent', assignedTo: [displayName: 'Dev One', uniqueName: 'dev1@corp.example'],
  storyPoints: 3.0
]
def issue = [:]
def stateMap = ['New': 'To Do', 'Active': 'In Progress', 'Resolved': 'Done', 'Closed': 'Done']
issue.status = stateMap[replica.state] ?: 'To Do'
issue.type = replica.workItemType == 'Bug' ? 'Bug' : 'Story'
issue.priority = ['1': 'Highest', '2': 'High', '3': 'Medium', '4': 'Low'][replica.priority as String]
issue.labels = replica.tags?.split(';')*.trim()?.findAll { it }
issue.team = replica.areaPath.tokenize('\\').last()
issue.sprint = (replica.iterationPath =~ /Sprint (\d+)/) ? (replica.iterationPath =~ /Sprint (\d+)/)[0][1] as int : null
issue.assignee = replica.assignedTo?.uniqueName?.toLowerCase()
issue.points = replica.storyPoints as Integer
issue
