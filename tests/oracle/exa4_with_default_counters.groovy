def counts = [:].withDefault { 0 }
replica.comments.each { counts[it.author.displayName] += 1 }
replica.attachments.each { counts["attachments"]++ }
def lists = [:].withDefault { [] }
replica.issueLinks.each { lists[it.direction] << it.otherIssueId }
[counts, lists, counts.missingKey, counts.containsKey("missingKey")]
