def maxSize = 10 * 1024 * 1024
def allowed = ~/.*\.(png|jpe?g|txt|log)$/
def keep = replica.attachments.findAll { a -> a.filesize <= maxSize && a.filename ==~ allowed }
def skipped = replica.attachments - keep
issue.attachments = keep
def kb = keep.sum { it.filesize } / 1024
println "kept ${keep*.filename} (${kb} KB), skipped ${skipped.collect { it.filename + '(' + (it.filesize / 1048576) + ' MB)' }}"
keep.collectEntries { [(it.filename): it.mimetype.tokenize('/')[0]] }
