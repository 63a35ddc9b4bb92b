def log = []
def syncHelper = [syncBackAfterProcessing: { -> log << 'syncBack' }]
def blocked = replica.labels.any { it.trim() == 'no-sync' }
if (blocked) {
  return 'skipped'
}
if (replica.status.name != previous?.status?.name) {
  syncHelper.syncBackAfterProcessing()
}
try {
  if (!replica.summary?.trim()) throw new IllegalStateException("Empty summary on ${replica.key}")
  issue.summary = replica.summary.trim()
} catch (IllegalStateException e) {
  log << e.message
}
[log, issue.summary]
