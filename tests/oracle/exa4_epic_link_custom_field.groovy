def epicField = replica.customFields."Epic Link"
def epicKey = epicField?.value instanceof Map ? epicField.value.key : epicField?.value
def epicName = replica.customFields."Epic Name"?.value ?: "(none)"
def remoteProject = epicKey?.split('-')?.first()
def localEpic = ["SUP-100": "DEV-500"][epicKey]
issue.customFields."Epic Link" = [value: localEpic]
[epicKey, epicName, remoteProject, localEpic, issue.customFields."Epic Link".value]
