def names = replica.labels*.name
def prio = names.find { it.startsWith('priority:') }?.split(':')?.last()?.trim()
def area = names.findResult { it.startsWith('area/') ? it - 'area/' : null }
def plain = names.findAll { !(it.contains(':') || it.contains('/')) }.collect { it.replaceAll(' ', '_') }
issue.priority = [name: (prio ?: 'medium').capitalize()]
issue.labels = plain
issue.components = area ? [[name: area.capitalize()]] : []
[prio, area, plain, issue.priority.name, issue.components*.name]
