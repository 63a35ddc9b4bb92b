def errors = []
['summary', 'description', 'priority', 'resolution'].each { f ->
  if (replica[f] == null) errors << "missing $f"
}
try {
  if (errors.size() > 1) throw new IllegalStateException(errors.join('; '))
} catch (IllegalStateException e) {
  issue.summary = "[SYNC ERROR] ${e.message}"
}
[errors, issue.summary]
