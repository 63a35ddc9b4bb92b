def camel = { s -> s.split(/[^A-Za-z0-9]+/).findAll().withIndex().collect { w, i -> i == 0 ? w.toLowerCase() : w.toLowerCase().capitalize() }.join() }
def snake = { s -> s.replaceAll(/([a-z0-9])([A-Z])/, '$1_$2').replaceAll(/[^A-Za-z0-9]+/, '_').toLowerCase() }
def title = { s -> s.tokenize(' ').collect { it.toLowerCase().capitalize() }.join(' ') }
def initials = { s -> s.tokenize(' ').collect { it[0].toUpperCase() }.join() }
def inputs = ['hello world', 'Customer Tier', 'storyPoints', 'HTTP-status code', 'already_snake']
inputs.collect { [camel(it), snake(it), title(it), initials(it)] }
