def prio = ["Low": "Low", "Medium": "Medium", "High": "High", "Critical": "Highest"]
issue.summary = replica.Subject
issue.priority = [name: prio[replica.Priority] ?: "Medium"]
def lines = replica.Description.readLines()
def fields = lines.findAll { it.contains(':') }.collectEntries { l -> def (k, v) = l.split(':', 2)*.trim(); [(k): v] }
issue.customFields."Invoice" = [value: fields.Invoice]
issue.customFields."Products" = [value: replica.Products__c?.split(';')?.collect { it.trim() }]
issue.customFields."Escalation" = [value: replica.Escalation_Level__c as Integer]
issue.customFields."Revenue (M)" = [value: (replica.Account.AnnualRevenue / 1000000).setScale(1, java.math.RoundingMode.HALF_UP)]
issue.labels = ["sf-${replica.Origin.toLowerCase()}".toString(), replica.Type.toLowerCase()] + (replica.SLA_Breached__c ? ["sla-breach"] : [])
[fields, issue.customFields.collectEntries { k, v -> [k, v.value] }, issue.labels]
