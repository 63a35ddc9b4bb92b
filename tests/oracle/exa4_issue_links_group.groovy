def links = replica.issueLinks
def byType = links.groupBy { it.linkName }
def outward = links.count { it.direction == 'outward' }
def ids = links*.otherIssueId*.toLong().sort()
def blockers = links.findAll { it.linkName == 'blocks' }.collect { "blocks ${it.otherIssueId}" }
[byType.keySet(), outward, ids, ids.sum(), blockers, links.inject([:]) { m, l -> m[l.direction] = (m[l.direction] ?: 0) + 1; m }]
