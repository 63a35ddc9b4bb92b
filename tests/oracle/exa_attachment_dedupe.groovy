def existing = ['screen.png', 'old.doc']
def incoming = replica.attachments.findAll { !(it.filename in existing) }
def byType = replica.attachments.groupBy { it.filename.tokenize('.').last() }
def totalMb = (replica.attachments.sum { it.filesize } / (1024 * 1024)).setScale(2, java.math.RoundingMode.HALF_UP)
def names = replica.attachments.collect { a -> a.filename.take(a.filename.lastIndexOf('.')) }
[incoming*.filename, byType.keySet(), totalMb, names, replica.attachments.max { it.filesize }.filename]
