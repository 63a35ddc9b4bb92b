def entity = [short_description: 'Printer jam', urgency: '1', impact: '2', state: '2', comments: 'line one\nline two', sys_id: 'abc123', category: null]
def urgencyMap = [1: 'High', 2: 'Medium', 3: 'Low']
def issue = [:]
issue.summary = entity.short_description
issue.priority = urgencyMap[entity.urgency as int] ?: 'Medium'
def score = (entity.urgency as int) + (entity.impact as int)
issue.severity = score <= 2 ? 'S1' : score <= 4 ? 'S2' : 'S3'
issue.comments = entity.comments?.readLines()?.withIndex()?.collect { l, i -> [id: "${entity.sys_id}-${i}", body: l] }
issue.category = entity.category ?: 'General'
issue.state = ['1': 'New', '2': 'In Progress', '6': 'Resolved', '7': 'Closed'].get(entity.state, 'Unknown')
[issue, issue.comments*.id*.toString()]
