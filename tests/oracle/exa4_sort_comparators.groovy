def atts = replica.attachments
def bySize = atts.sort(false) { a, b -> b.filesize <=> a.filesize }*.filename
def byName = atts.sort(false, { it.filename.toLowerCase() })*.filename
def byExtThenSize = atts.sort(false) { a, b ->
    def ea = a.filename.tokenize('.').last().toLowerCase()
    def eb = b.filename.tokenize('.').last().toLowerCase()
    ea <=> eb ?: a.filesize <=> b.filesize
}*.id
def cmp = { a, b -> a.length() <=> b.length() } as Comparator
def byLen = replica.labels.collect { it.trim() }.unique().sort(cmp)
[bySize, byName, byExtThenSize, byLen, atts*.id]
