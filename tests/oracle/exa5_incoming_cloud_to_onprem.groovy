import java.text.SimpleDateFormat
def statusMap = ['Waiting for support': 'Open', 'In progress': 'In Progress', 'Resolved': 'Done']
def prioMap = [P1: 'Blocker', P2: 'Critical', P3: 'Major'].withDefault { 'Minor' }
issue.summary = replica.summary
issue.priority = [name: prioMap[replica.priority?.name]]
def target = statusMap[replica.status.name]
if (target && target != issue.status?.name) issue.status = [name: target]
issue.labels = (replica.labels*.label + ['synced']).unique().collect { it.replaceAll(/\s/, '_') }
issue.components = replica.components.collect { [name: it.name.toUpperCase()] }
def impact = replica.customFields.'Customer Impact'?.value
issue.customFields.Impact = [value: impact ? "${impact.value} / ${impact.child?.value ?: '-'}" : null]
issue.customFields.Env = [value: replica.customFields.Environment.value.join(',')]
def f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
def deadline = f.parse(replica.customFields.'SLA Deadline'.value)
def created = f.parse(replica.created)
issue.customFields.'Hours to SLA' = [value: ((deadline.time - created.time) / 3600000).setScale(1, java.math.RoundingMode.HALF_UP)]
issue.customFields.Users = [value: replica.customFields.'Affected Users'.value as int]
def addedLabels = replica.labels*.label - previous.labels*.label
issue
