def fields = [summary: ' Title ', description: null, env: '  prod\n']
fields.each { e -> if (e.value instanceof String) e.value = e.value.trim() }
for (e in fields.entrySet()) { if (e.value == null) e.setValue('') }
def old = fields.entrySet().find { it.key == 'env' }.setValue('PROD')
def counts = [a: 1, b: 2]
counts.each { it.value *= 10 }
def copies = counts.collect { it }
copies[0].value = -1
[fields, old, counts, copies*.key, counts.find { it.value > 10 }.with { it.value = 0; it }, counts]
