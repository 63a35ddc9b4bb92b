def html = workItem.description
def text = html.replaceAll(/<br\s*\/?>/, '\n').replaceAll(/<\/(p|div)>/, '\n').replaceAll(/<[^>]+>/, '')
text = text.replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&').replace('&nbsp;', ' ')
def lines = text.readLines()*.trim().findAll()
[lines, lines.size(), text.count('\n'), lines.collect { it.size() }.max()]
