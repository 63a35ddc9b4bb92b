def issues = [[k: 'A-1', st: 'Open', pr: 'High', pts: 3], [k: 'A-2', st: 'Done', pr: 'Low', pts: 1], [k: 'A-3', st: 'Open', pr: 'Low', pts: 5], [k: 'A-4', st: 'Review', pr: 'High', pts: 2]]
def byStatus = issues.groupBy { it.st }
def nested = issues.groupBy({ it.st }, { it.pr })
def counts = issues.countBy { it.pr }
def pts = issues.collectEntries { [(it.k): it.pts] }
[byStatus.keySet(), byStatus.collectEntries { k, v -> [k, v*.k] }, nested.Open.keySet(), counts, pts.subMap(['A-1', 'A-3', 'A-9']),
 pts.findAll { it.value > 2 }.keySet(), pts.max { it.value }.key, pts.sort { -it.value }.keySet().toList(), pts.collect { k, v -> v }.sum(),
 pts.findResults { k, v -> v > 2 ? k : null }, pts.every { it.value > 0 }, pts.any { k, v -> k.endsWith('4') }, issues.sum { it.pts } / issues.size()]
