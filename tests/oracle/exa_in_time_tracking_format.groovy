def fmt = { Long secs ->
  if (secs == null) return 'n/a'
  def h = secs.intdiv(3600)
  def m = (secs % 3600).intdiv(60)
  [h ? "${h}h" : null, m ? "${m}m" : null].findAll().join(' ') ?: '0m'
}
def est = replica.originalEstimate as Long
def spent = replica.timeSpent as Long
[fmt(est), fmt(spent), fmt(est - spent), fmt(90L), fmt(0L), fmt(null), fmt(3599L), (spent * 100 / est) as int]
