def human = { long b ->
    def units = ['B', 'KB', 'MB', 'GB']
    double v = b
    int i = 0
    while (v >= 1024 && i < units.size() - 1) { v /= 1024; i++ }
    String.format(i == 0 ? '%.0f %s' : '%.1f %s', v, units[i])
}
def maxBytes = 100 * 1024 * 1024
def (keep, skip) = replica.attachments.split { it.filesize <= maxBytes }
[keep*.filename, skip*.filename, replica.attachments.collect { "${it.filename} (${human(it.filesize)})" },
 replica.attachments.sum { it.filesize }, human(replica.attachments.sum { it.filesize } as long), replica.attachments.groupBy { it.mimetype.tokenize('/')[0] }.collectEntries { k, v -> [k, v.size()] }]
