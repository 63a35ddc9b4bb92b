def byStatus = replica.issueLinks.inject([:]) { acc, l ->
    acc.computeIfAbsent(l.linkName) { [] } << l.otherIssueId
    acc
}
def totalSize = replica.attachments.inject(0L) { sum, a -> sum + a.filesize }
def longest = replica.comments.inject { a, b -> a.body.size() >= b.body.size() ? a : b }
def csv = replica.labels.inject("") { s, l -> s ? "${s},${l.trim()}" : l.trim() }
[byStatus, totalSize, totalSize.class.simpleName, longest.id, csv.toString()]
