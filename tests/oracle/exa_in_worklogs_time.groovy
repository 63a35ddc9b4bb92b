def total = replica.workLogs.sum { it.timeSpent } ?: 0
def hours = total / 3600
def byAuthor = replica.workLogs.groupBy { it.author?.displayName }.collectEntries { k, v -> [k, v.sum { it.timeSpent } / 60] }
def remaining = replica.originalEstimate - replica.timeSpent
def pct = (replica.timeSpent / replica.originalEstimate * 100).setScale(1, java.math.RoundingMode.HALF_UP)
println String.format('%.2f h logged, %d%% done', hours, pct.intValue())
[hours, byAuthor, remaining, pct, "${(remaining / 3600).toInteger()}h ${(remaining % 3600).intdiv(60)}m"]
