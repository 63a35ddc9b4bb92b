def logs = replica.worklogs
def parse = { String s ->
    def total = 0
    (s =~ /(\d+(?:\.\d+)?)\s*([wdhm])/).each { all, n, u ->
        def mult = [w: 5 * 8 * 60, d: 8 * 60, h: 60, m: 1][u]
        total += (n as BigDecimal) * mult
    }
    total
}
def minutes = logs.collect { parse(it.spent) }
def total = minutes.sum()
def fmt = { BigDecimal m -> def h = m.intdiv(60); def r = m % 60; "${h}h ${r}m" }
[minutes, total, fmt(total as BigDecimal), logs.groupBy { it.author }.collectEntries { k, v -> [k, v.sum { parse(it.spent) }] }]
