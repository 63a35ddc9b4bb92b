def data = [:]
['a1', 'b2', 'a3'].each {
    def k = it[0]
    data[k] = (data[k] ?: []) + it
}
def counts = [:]
['x', 'y', 'x'].each { counts[it] = (counts[it] ?: 0) + 1 }
[data, counts]
