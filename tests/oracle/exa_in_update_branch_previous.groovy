def changes = []
if (!firstSync) {
  if (previous.summary != replica.summary) changes << 'summary'
  if (previous.priority?.name != replica.priority?.name) changes << 'priority'
  if (previous.labels != replica.labels) changes << 'labels'
  if (previous.description != replica.description) changes << 'description'
  def addedLabels = replica.labels - previous.labels
  println "added labels: ${addedLabels.unique()}"
}
changes
