def tags = replica.tags ?: []
def lang = tags.find { it.startsWith('lang_') }?.substring(5)
def labels = tags.findAll { !it.startsWith('lang_') }.collect { it.replace('_', '-') }
issue.labels = labels + (lang ? ["language:${lang.toUpperCase()}".toString()] : [])
def vip = 'vip_customer' in tags
issue.priority = [name: vip ? 'Highest' : ['urgent': 'High', 'high': 'High', 'normal': 'Medium'].get(replica.priority?.name, 'Low')]
[issue.labels, vip, issue.priority.name, tags.size(), tags.sort(false).first()]
