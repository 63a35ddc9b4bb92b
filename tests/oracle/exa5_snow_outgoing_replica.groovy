replica.key = entity.number
replica.summary = entity.short_description?.trim()
replica.description = (entity.description ?: '').replaceAll(/\r\n?/, '\n')
replica.priority = [name: ['1': 'Critical', '2': 'High', '3': 'Moderate', '4': 'Low'][entity.priority] ?: 'Planning']
replica.state = entity.state
replica.customKeys = [opened: entity.opened_at, updated: entity.sys_updated_on, reopened: (entity.reopen_count ?: '0').toInteger()]
replica.comments = entity.comments.findAll { it.type == 'comment' }.collect { [author: it.author, body: it.value.take(50), created: it.created] }
replica.workNotes = entity.comments.count { it.type == 'work_notes' }
replica
