// Syntax coverage (gstring path): parsed and run like Groovy's own parser
def issue = [key: 'K-1', fields: [summary: 'S']]
def name = 'bob'
["$issue.key", "${issue.fields.summary}", "$name's", "$name.", "${name}x", "\$name", "a\${b}"]
