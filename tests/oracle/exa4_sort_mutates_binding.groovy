def sorted = replica.comments.sort { it.created }.reverse()
def copy = replica.labels.sort(false)
replica.labels.sort()
def ids = replica.attachments.sort { -it.filesize }*.id
[sorted*.id, copy, replica.labels, ids, replica.attachments*.id]
