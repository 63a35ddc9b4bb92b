def vars = replica.variables ?: [:]
def filled = vars.findAll { k, v -> v }
def missing = vars.findAll { k, v -> !v }.keySet().sort()
def qty = vars.quantity?.isInteger() ? vars.quantity.toInteger() : 0
def description = filled.collect { k, v -> "${k.replace('_', ' ').capitalize()}: ${v}" }.join('\n')
issue.description = description
[filled.size(), missing, qty * 2, description, vars.containsKey('cost_center'), vars.cost_center == null]
