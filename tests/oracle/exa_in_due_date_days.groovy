def days = replica.customFields."Due Days"?.value ?: 0
def created = replica.created
def datePart = created[0..9]
def (y, m, d) = datePart.tokenize('-')*.toInteger()
def dueDay = d + days
def due = String.format('%04d-%02d-%02d', y, m, dueDay)
def sla = days <= 1 ? 'P1' : days <= 3 ? 'P2' : 'P3'
[datePart, due, sla, created.split('T')[1].take(5)]
