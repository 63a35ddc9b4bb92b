def tags = replica.tags?.split(';')*.trim()?.findAll { it } ?: []
def tags2 = replica.tags.tokenize(';').collect { it.trim() }.grep()
issue.labels = tags.collect { it.toLowerCase() }.unique()
def customers = replica.customFields."Custom.Customer"?.value?.split(/;\s*/)
[tags, tags2, tags == tags2, issue.labels, customers as List, customers.length]
