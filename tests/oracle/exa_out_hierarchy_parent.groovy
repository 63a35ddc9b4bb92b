def issueLinks = [[type: 'blocks', outward: 'LOC-2'], [type: 'relates', outward: 'LOC-3'], [type: 'blocks', inward: 'LOC-4']]
issue.parentKey = 'LOC-1'
replica.parentId = issue.parentKey?.tokenize('-')?.last()?.toLong()
replica.blocks = issueLinks.findAll { it.type == 'blocks' }.collect { it.outward ?: it.inward }
replica.linkTypes = issueLinks.countBy { it.type }
replica.related = issueLinks.findAll { it.type != 'blocks' }*.outward
[replica.parentId, replica.parentId.getClass().simpleName, replica.blocks, replica.linkTypes, replica.related]
