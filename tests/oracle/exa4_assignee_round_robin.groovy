def team = ["alee", "bstone", "cng"]
def load = [alee: 5, bstone: 2, cng: 2]
def pick = team.min { a, b -> load[a] <=> load[b] ?: a <=> b }
def byLoad = team.sort(false) { [load[it], it] }
def hash = Math.abs(replica.key.hashCode()) % team.size()
[pick, byLoad, hash, team[hash], replica.key.hashCode()]
