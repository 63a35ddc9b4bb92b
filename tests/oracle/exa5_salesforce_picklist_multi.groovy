def multi = entity.Products__c?.split(';')*.trim()?.findAll() ?: []
def map = ['Widget Pro': 'WP', 'Widget Lite': 'WL', 'Service Plan': 'SP']
def codes = multi.collect { map[it] ?: it.replaceAll(/[^A-Z]/, '') }
def back = codes.collect { c -> map.find { k, v -> v == c }?.key ?: c }.join(';')
[multi, codes, back, multi.size(), entity.Products__c.count(';'), map.inverse == null]
