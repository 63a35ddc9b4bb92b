def d = replica.description
def cleaned = d.replaceAll(/h\d\.\s*/, '')
  .replaceAll(/\*(\w+)\*/, '$1')
  .readLines()
  .collect { it.replaceFirst(/^\* /, '- ') }
  .findAll { it.trim() }
  .join('\n')
issue.description = "Synced from ${replica.key}:\n${cleaned}".toString()
issue.description
