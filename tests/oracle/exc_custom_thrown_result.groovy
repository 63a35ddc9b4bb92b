def validate(Map issue) {
  def errs = []
  if (!issue.summary) errs << 'summary missing'
  if (!(issue.priority in ['High', 'Low'])) errs << "bad priority ${issue.priority}"
  if (errs) throw new IllegalArgumentException(errs.join('; '))
  'valid'
}
def results = []
[[summary: 'a', priority: 'High'], [summary: '', priority: 'Mid']].each {
  try { results << validate(it) } catch (IllegalArgumentException e) { results << e.message }
}
throw new IllegalStateException("stopped after ${results.size()}: ${results}")
