def flow = [Open: ['In Progress'], 'In Progress': ['Review', 'Open'], Review: ['Done', 'In Progress'], Done: []]
def path(String from, String to, Map flow) {
    def queue = [[from]]
    def seen = [from] as Set
    while (queue) {
        def p = queue.remove(0)
        if (p.last() == to) return p
        for (n in flow[p.last()]) {
            if (seen.add(n)) queue << (p + [n])
        }
    }
    null
}
[path('Open', 'Done', flow), path('Review', 'Open', flow), path('Done', 'Open', flow), path('Open', 'Open', flow)]
