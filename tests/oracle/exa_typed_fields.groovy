def sp = replica.customFields."Story Points"?.value
issue.customFields."Story Points".value = sp != null ? (sp as Double) : 0.0d
def est = replica.estimate * 2
[issue.customFields."Story Points".value, est, est.getClass().simpleName, replica.votes / 5]
