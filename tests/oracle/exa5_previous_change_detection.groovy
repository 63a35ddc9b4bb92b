def changed = [:]
if (previous?.status?.name != replica.status?.name) changed.status = [previous?.status?.name, replica.status?.name]
def prevLabels = (previous?.labels ?: [])*.label as Set
def nowLabels = replica.labels*.label as Set
def added = nowLabels - prevLabels
def removed = prevLabels - nowLabels
if (added || removed) changed.labels = [added: added.sort(), removed: removed.sort()]
if (!firstSync && changed.isEmpty()) return 'nothing to sync'
[changed, changed.keySet().toList(), added.getClass().simpleName, (prevLabels + nowLabels).size(), prevLabels.intersect(nowLabels)]
