def visible = replica.comments
  .findAll { !it.internal && !(it.body ==~ /(?s)^\[internal\].*/) }
  .sort { a, b -> b.created <=> a.created }
def text = visible.collect { c ->
  def date = c.created.substring(0, 10)
  "${date} ${c.author?.displayName ?: 'n/a'}: ${c.body.take(20)}"
}.join('\n')
println text
visible*.id
