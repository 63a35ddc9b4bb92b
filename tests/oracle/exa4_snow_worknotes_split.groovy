def notes = replica.work_notes ?: ''
def header = notes.readLines().first()
def m = header =~ /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) - (.+?) \((.+)\)$/
def parts = m ? m[0][1..4] : []
def (date, time, author, kind) = parts
def opened = replica.opened_at.tokenize(' :-')*.toInteger()
[parts, author, kind, "${date}T${time}".toString(), opened, opened.take(3).join('/')]
