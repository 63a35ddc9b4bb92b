// turn wiki links in a description into HTML anchors, dropping query strings and
// keeping only links to allowed hosts (the way wiki-to-html converters use java.net.URI)
def allowed = ['jira.example.com', 'docs.example.com'] as Set
def stripQuery = { String url ->
    URI uri = new URI(url)
    new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), null, uri.getFragment()).toString()
}
def skipped = []
def html = replica.description.replaceAll(/\[([^|\]]+)\|([^\]]+)\]/) { all, text, url ->
    try {
        def uri = new URI(url.trim())
        if (uri.scheme == 'mailto') return "<a href=\"${url}\">${text}</a>"
        if (!(uri.host in allowed)) { skipped << uri.host; return text }
        "<a href=\"${stripQuery(url.trim())}\">${text}</a>"
    } catch (URISyntaxException e) {
        skipped << e.message
        text
    }
}
[html, skipped]
