def fmt = { long secs ->
    def parts = []
    def d = secs.intdiv(8 * 3600); secs %= 8 * 3600
    def h = secs.intdiv(3600); secs %= 3600
    def m = secs.intdiv(60)
    if (d) parts << "${d}d"
    if (h) parts << "${h}h"
    if (m || !parts) parts << "${m}m"
    parts.join(' ')
}
def remaining = replica.originalEstimate - replica.timeSpent
[fmt(replica.originalEstimate), fmt(replica.timeSpent), fmt(remaining), fmt(0), fmt(29 * 3600 + 61),
 (replica.timeSpent / replica.originalEstimate * 100).setScale(1, BigDecimal.ROUND_HALF_EVEN)]
