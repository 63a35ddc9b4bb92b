def existing = ['[Jira] Ann: first', '[Jira] Bob: second']
def incoming = replica.comments.findAll { !it.internal }.collect { "[Jira] ${it.author.displayName}: ${it.body}" }
def toAdd = incoming - existing
def merged = (existing + toAdd).unique()
def journal = merged.withIndex().collect { c, i -> String.format('%02d %s', i + 1, c) }.join('\n')
[toAdd, merged.size(), journal, journal.count('\n'), journal.readLines().last().take(14)]
