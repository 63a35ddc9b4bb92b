issue.customFields."Customer Tier".value = replica.customFields."Customer Tier"?.value
issue.customFields."Story Points".value = (replica.customFields."Story Points"?.value ?: 0) * 2
issue.customFields."Remote Key".value = replica.key
def env = replica.customFields.Environment?.value
def envText = env ? "${env.value}${env.child ? ' / ' + env.child.value : ''}" : 'none'
def sprint = replica.customFields.'Sprint'?.value?.find { it.state == 'ACTIVE' }?.name
def missing = replica.customFields."No Such Field"?.value
[issue.customFields.collectEntries { k, v -> [k, v.value] }, envText, sprint, missing]
