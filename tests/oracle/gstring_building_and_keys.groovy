def issue = [key: 'ABC-1', fields: [summary: 'Sum', count: 3]]
def msg = "Issue ${issue.key} has ${issue.fields.count} items: ${issue.fields.summary.toUpperCase()}"
def multi = """\
Key: ${issue.key}
  Summary: $issue.fields.summary
Total: ${issue.fields.count * 2}"""
def parts = ['a', 'b'].collect { "<$it>" }
def joined = parts.join(',')
def map = [:]
parts.each { map[it] = it.size() }
def lookups = [map['<a>'], map.get('<a>'), map.containsKey('<a>')]
def set = new HashSet(parts)
[msg, multi, joined, joined.getClass().simpleName, lookups, set.contains('<a>'), parts.contains('<a>'), parts*.toString().contains('<a>')]
