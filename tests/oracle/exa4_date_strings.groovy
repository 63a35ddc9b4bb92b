def created = replica.created            // 2024-02-11T08:15:30.000+0000
def day = created.substring(0, 10)
def (y, mo, d) = day.tokenize('-')*.toInteger()
def time = created[11..18]
def due = replica.due ? replica.due.split('-').collect { it as int } : null
def daysLeft = due ? (due[2] - d) + (due[1] - mo) * 30 : null
def fmt = String.format('%02d/%02d/%04d %s', d, mo, y, time)
def stamps = replica.comments*.created.collect { it.take(10) }.unique()
[day, y + 1, fmt, daysLeft, stamps, created < replica.updated, replica.updated.endsWith('+0000')]
