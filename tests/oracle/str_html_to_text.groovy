def html = '<p>Hello <b>World</b></p><br/><ul><li>one</li><li>two &amp; three</li></ul><p>&lt;tag&gt; &quot;q&quot; &#39;s&#39;</p>'
def text = html
  .replaceAll(/(?i)<br\s*\/?>/, '\n')
  .replaceAll(/(?i)<li>/, '* ')
  .replaceAll(/(?i)<\/(p|li|ul)>/, '\n')
  .replaceAll(/<[^>]+>/, '')
  .replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&#39;', "'")
  .readLines()*.trim().findAll().join('\n')
text
