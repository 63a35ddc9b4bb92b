def ms = issue.milestones
def parse = { String s -> def m = s =~ /v?(\d+)\.(\d+)(?:\.(\d+))?(-[\w.]+)?/; m ? [m[0][1] as int, m[0][2] as int, (m[0][3] ?: 0) as int, m[0][4] ?: '~'] : null }
def valid = ms.findAll { parse(it) }
def sorted = valid.sort(false) { a, b ->
    def x = parse(a), y = parse(b)
    x[0] <=> y[0] ?: x[1] <=> y[1] ?: x[2] <=> y[2] ?: x[3] <=> y[3]
}
[sorted, ms - valid, sorted.last(), sorted.groupBy { parse(it)[0] }.keySet().toList()]
