def esc = { String s -> s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;') }
def comments = [[author: 'Ann <ann@x>', body: 'a < b && c > d', internal: false], [author: 'Bob', body: 'line1\nline2', internal: true], [author: 'Cid', body: '"quoted"', internal: false]]
def html = comments.findAll { !it.internal }.collect { c ->
    "<p><b>${esc(c.author)}</b>: ${esc(c.body).replace('\n', '<br/>')}</p>"
}.join('\n')
def text = html.replaceAll(/<br\/>/, '\n').replaceAll(/<[^>]+>/, '').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&amp;', '&')
[html, text, html.size(), text.readLines()]
