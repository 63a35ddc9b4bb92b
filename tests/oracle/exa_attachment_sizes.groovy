def total = replica.attachments.sum { it.filesize }
def big = replica.attachments.findAll { it.filesize > 100000 }*.filename
def kb = replica.attachments.collectEntries { [it.filename, (it.filesize / 1024).setScale(1, java.math.RoundingMode.HALF_UP)] }
[total, big, kb, String.format('%.2f MB', total / (1024 * 1024) as double), replica.attachments.every { it.filename.contains('.') }]
