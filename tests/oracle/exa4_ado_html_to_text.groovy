String html2text(String html) {
    if (!html) return ""
    html.replaceAll(/(?i)<br\s*\/?>/, "\n")
        .replaceAll(/(?i)<\/(div|p|li)>/, "\n")
        .replaceAll(/(?i)<li>/, "* ")
        .replaceAll(/<[^>]+>/, "")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .readLines()*.trim()
        .findAll { it }
        .join("\n")
}
issue.description = html2text(replica.description)
issue.comments = replica.comments.collect { [body: "${it.author.displayName}: ${html2text(it.body)}".toString()] }
[issue.description, issue.comments*.body, html2text(null)]
