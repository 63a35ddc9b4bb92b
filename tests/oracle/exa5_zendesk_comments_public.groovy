def agents = [10L: 'Agent Smith']
def visible = ticket.comments.findAll { it.public }
def internal = ticket.comments.findAll { !it.public }
[visible.collect { "${agents[it.author as long] ?: 'user ' + it.author}: ${it.body}" },
 internal.size(), internal*.author*.getClass()*.simpleName, ticket.comments.count { it.body =~ /(?i)refund/ },
 ticket.comments.sum { it.body.size() }, ticket.key.toString().padLeft(8, '0')]
