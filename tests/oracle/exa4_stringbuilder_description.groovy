def sb = new StringBuilder()
sb << "Remote issue: " << replica.key << "\n"
sb.append("Reporter: ").append(replica.reporter?.displayName ?: "n/a").append('\n')
replica.customFields.each { name, cf ->
    def v = cf?.value
    if (v instanceof Map) v = v.value ?: v.values().join('/')
    else if (v instanceof List) v = v*.name.join(', ')
    if (v != null) sb.append("${name}: ${v}\n")
}
sb.deleteCharAt(sb.length() - 1)
issue.description = sb.toString()
[sb.length(), issue.description.readLines().size(), issue.description.readLines()[-1], sb.indexOf('Gold')]
