def toSeconds = { String s ->
    if (!s) return 0
    def units = [w: 5 * 8 * 3600, d: 8 * 3600, h: 3600, m: 60]
    (s =~ /(\d+(?:\.\d+)?)\s*([wdhm])/).collect { all, n, u -> (n as BigDecimal) * units[u] }.sum(0) as long
}
def fromSeconds = { long secs ->
    def parts = []
    [[5 * 8 * 3600, 'w'], [8 * 3600, 'd'], [3600, 'h'], [60, 'm']].each { size, u ->
        if (secs >= size) { parts << "${secs.intdiv(size)}${u}"; secs %= size }
    }
    parts.join(' ') ?: '0m'
}
def inputs = ["1w 2d 3h", "90m", "1.5h", "", null, "2d 30m"]
[inputs.collect { toSeconds(it) }, inputs.collect { fromSeconds(toSeconds(it)) }]
