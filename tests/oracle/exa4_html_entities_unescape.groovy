def entities = ['&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ', '&amp;': '&']
def unescape = { String s -> entities.inject(s) { acc, e -> acc.replace(e.key, e.value) } }
def html = "<p>if (a &lt; b &amp;&amp; c &gt; d) say &quot;hi&quot; &amp;amp; it&#39;s&nbsp;done</p>"
def text = unescape(html.replaceAll(/<\/?p>/, ''))
def numeric = "caf&#233; &#8364;5".replaceAll(/&#(\d+);/) { all, n -> new String(Character.toChars(n as int)) }
[text, numeric, text.size()]
