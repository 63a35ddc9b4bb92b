def tags = ticket.labels.collect { it.toLowerCase().trim() }.unique()
def fieldsFromTags = tags.findAll { it.contains(':') }.collectEntries { t -> def (k, v) = t.split(':', 2); [(k): v] }
def plain = tags.findAll { !it.contains(':') }.sort()
def prio = fieldsFromTags.prio?.toInteger() ?: 3
def sla = [1: 4, 2: 8, 3: 24, 4: 72][prio]
[fieldsFromTags, plain, prio, sla, tags.size(), fieldsFromTags.keySet().toList().sort(), tags.join(' ').size()]
