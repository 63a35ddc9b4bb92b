def sb = new StringBuilder()
sb.append("Synced from ${replica.key}\n")
replica.labels.eachWithIndex { l, i -> sb.append("${i + 1}. ${l.trim()}\n") }
issue.description = sb.toString()
issue.description.readLines().size()
