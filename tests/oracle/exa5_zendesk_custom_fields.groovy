def cf = ticket.custom_fields.collectEntries { [(it.id): it.value] }
def region = cf[360001L] ?: cf[360001]
def out = [:]
out.region = region
out.blank = cf[360002]
out.plan = cf.find { k, v -> v instanceof String && v.startsWith('plan_') }?.value?.replace('plan_', '')?.capitalize()
out.flag = cf[360004] == true
out.keyTypes = cf.keySet()*.getClass()*.simpleName.unique()
out.tags = ticket.labels.unique(false).sort()
out.vip = 'vip' in ticket.labels
out.org = ticket.organization_id
out.orgLong = ticket.organization_id.getClass().simpleName
out.priority = [urgent: 'Highest', high: 'High', normal: 'Medium', low: 'Low'][ticket.priority]
out
