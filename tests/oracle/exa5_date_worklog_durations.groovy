def fmt = { long secs ->
    def h = secs.intdiv(3600)
    def m = (secs % 3600).intdiv(60)
    def parts = []
    if (h) parts << "${h}h"
    if (m) parts << "${m}m"
    parts ? parts.join(' ') : '0m'
}
def spent = replica.timeSpent as long
def est = replica.originalEstimate as long
[fmt(spent), fmt(est), fmt(est - spent), fmt(0), fmt(59), fmt(3661),
 String.format('%.1f%%', spent * 100.0 / est), (spent / est).getClass().simpleName]
