def sp = replica.customFields.'Story Points'?.value
issue.customFields.'Story Points'.value = sp as Integer
def team = replica.customFields.Team?.value?.value ?: 'Unassigned'
def remoteKey = issue.customFields.'Remote Key'.value ?: replica.key
issue.customFields.'Remote Key'.value = remoteKey
def missing = replica.customFields.Nope?.value
[issue.customFields.'Story Points'.value, team, remoteKey, missing, issue.customFields.Severity.value.replace('Sev-', '') as int]
