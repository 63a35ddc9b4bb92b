replica.key = entity.number
replica.summary = entity.short_description
replica.description = entity.description
replica.assignee = entity.assigned_to?.display_value
replica.group = entity.assignment_group?.display_value
replica.comments = entity.comments.findAll { !it.internal }
replica.workNotes = entity.work_notes?.readLines()?.drop(1)?.join('\n')
replica.opened = entity.opened_at.replace(' ', 'T') + 'Z'
replica.category = "${entity.category}/${entity.subcategory}".toString()
replica
