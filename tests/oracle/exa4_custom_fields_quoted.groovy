def sp = replica.customFields."Story Points"?.value
def tier = replica.customFields."Customer Tier"?.value?.value
def est = replica.customFields["Estimate (h)"]?.value
issue.customFields."Story Points".value = sp
issue.customFields."Remote Key".value = replica.key
issue.customFields["Customer Tier"].value = tier?.toUpperCase()
def sprint = replica.customFields.Sprint?.value?.find { it.state == 'ACTIVE' }?.name
def cascade = replica.customFields.Cascading.value
[sp, tier, est as BigDecimal, est.toBigDecimal() * 2, sprint, "${cascade.parent.value} -> ${cascade.child.value}".toString(),
 issue.customFields.collect { k, v -> "$k=${v.value}" }.join('; ')]
