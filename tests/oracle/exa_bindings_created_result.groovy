summaryCopy = replica.summary.trim().toUpperCase()
labelCount = replica.labels.size()
def local = 'not a binding'
issue.summary = summaryCopy
counter = 0
replica.comments.each { counter += it.body.size() }
[summaryCopy.size(), labelCount, counter]
