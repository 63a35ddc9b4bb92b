def total = replica.workLogs.sum(0) { it.timeSpentSeconds ?: 0 }
[total, total.intdiv(60), total / 3600]
