def numbered = replica.comments.withIndex().collect { c, i -> "${i + 1}. ${c.author.displayName}" }
def idx = []
replica.labels.eachWithIndex { l, i -> if (l.trim() == "backend") idx << i }
def pairs = [replica.labels, replica.labels*.size()].transpose()
def zipped = [1, 2, 3].withIndex().collectEntries { v, i -> [(i): v * 10] }
[numbered, idx, pairs, zipped, replica.labels.indexed().findAll { i, v -> i % 2 == 0 }]
