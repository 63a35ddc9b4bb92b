String adfToText(node) {
    if (node == null) return ""
    switch (node.type) {
        case "text":      return node.text
        case "hardBreak": return "\n"
        case "mention":   return node.attrs?.text ?: "@unknown"
        case "listItem":  return "* " + (node.content ?: []).collect { adfToText(it) }.join("")
        case "paragraph": return (node.content ?: []).collect { adfToText(it) }.join("")
        default:          return (node.content ?: []).collect { adfToText(it) }.join("\n")
    }
}
def text = adfToText(replica.description)
[text, text.readLines().size(), replica.description.content.size()]
