// remote ids arrive as Strings, local ones as numbers: == between them is false
def remoteIds = replica.comments*.id*.toString()
def localRemoteIds = issue.comments*.remoteId
def naive = issue.comments.findAll { it.remoteId in remoteIds }*.id
def fixed = issue.comments.findAll { it.remoteId?.toString() in remoteIds }*.id
def m = [1: 'int key']
[naive, fixed, 501 == "501", "501" == 501.toString(), m[1], m[1L], m['1'], m.get(1 as long), [1L: 'x'][1]]
