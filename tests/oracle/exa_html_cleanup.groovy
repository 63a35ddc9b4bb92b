def html = '<p>Hello <b>World</b></p><br/>Next &amp; last'
def text = html.replaceAll(/<br\s*\/?>/, '\n').replaceAll(/<[^>]+>/, '').replace('&amp;', '&')
[text, text.readLines()]
