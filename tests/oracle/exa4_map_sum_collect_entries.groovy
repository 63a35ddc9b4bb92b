def hours = [ann: 3.5, bob: 2, carl: 0.25]
def total = hours.values().sum()
def totalViaEntries = hours.collect { it.value }.sum()
def share = hours.collectEntries { k, v -> [k, (v / total * 100).setScale(1, java.math.RoundingMode.HALF_UP)] }
def top = hours.max { it.value }
def sortedNames = hours.sort { -it.value }*.key
def line = hours.inject("") { acc, k, v -> acc + "${k}=${v};" }
[total, totalViaEntries, share, top.key, sortedNames, line.toString()]
