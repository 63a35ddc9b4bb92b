def fmtIn = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
def fmtOut = new java.text.SimpleDateFormat("dd MMM yyyy, HH:mm", Locale.US)
fmtOut.setTimeZone(TimeZone.getTimeZone("UTC"))
def html = replica.comments.findAll { !it.internal }.collect { c ->
    def when = fmtOut.format(fmtIn.parse(c.created))
    def body = c.body.split("\n").collect { it.replace("&", "&amp;").replace("<", "&lt;") }.join("<br/>")
    "<p><b>${c.author.displayName}</b> <i>(${when})</i></p><p>${body}</p>"
}
[html.size(), html[1]]
