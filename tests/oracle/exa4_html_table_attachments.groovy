def rows = replica.attachments.collect { a ->
    def kb = (a.filesize / 1024).setScale(1, java.math.RoundingMode.HALF_UP)
    "<tr><td>${a.filename.replace('<', '&lt;')}</td><td align=\"right\">${kb} KB</td><td>${a.created[0..9]}</td></tr>"
}
def html = """<table>
<tr><th>File</th><th>Size</th><th>Added</th></tr>
${rows.join('\n')}
</table>"""
[html.readLines().size(), html.count('<tr>'), rows[1]]
