def logs = replica.workLogs ?: []
def byAuthor = logs.groupBy { it.author.displayName }.collectEntries { name, ls -> [(name): ls.sum { it.timeSpent } / 3600] }
def perDay = logs.countBy { it.started.take(10) }
def total = logs*.timeSpent.sum()
def fmtH = { secs -> String.format("%.2fh", secs / 3600.0) }
def comments = logs.collect { it.comment ?: "(no comment)" }
def longest = logs.max { it.timeSpent }
[byAuthor, perDay, fmtH(total), comments, longest.author.displayName, total / logs.size()]
