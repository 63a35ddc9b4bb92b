def sla = [Blocker: 4, Critical: 8, Major: 24].withDefault { 72 }
def hours = sla[replica.priority.name]
def other = sla['Minor']
def bucket = { h -> h <= 4 ? 'urgent' : h <= 24 ? 'normal' : 'relaxed' }
[hours, other, bucket(hours), bucket(other), sla.keySet().toList()]
