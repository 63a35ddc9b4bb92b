def sev = replica.customFields.Severity?.value?.value
issue.customFields."Remote Key".value = replica.key
issue.customFields."Story Points".value = (replica.customFields."Story Points"?.value ?: 0) * 2
issue.customFields."Missing"?.value
def env = replica.customFields."Environment"?.value?.toLowerCase() ?: 'n/a'
"$sev/$env".toString()
