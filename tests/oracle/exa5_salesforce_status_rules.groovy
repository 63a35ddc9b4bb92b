def rules = [
    [match: { it.Status == 'Escalated' && it.Priority == 'High' }, to: 'Blocker'],
    [match: { it.Status ==~ /(?i)closed.*/ }, to: 'Done'],
    [match: { it.Amount__c > 1000 }, to: 'Review'],
]
def pick = { e -> rules.find { r -> r.match(e) }?.to ?: 'Open' }
def variants = [entity, entity + [Priority: 'Low'], entity + [Status: 'Closed - Won', Priority: 'Low'], entity + [Status: 'New', Priority: 'Low', Amount__c: 5]]
variants.collect { pick(it) }
