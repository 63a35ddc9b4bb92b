def sp = replica.customFields."Story Points".value       // Integer 5
def est = replica.customFields."Estimate (h)".value as BigDecimal  // 12.5
def secs = replica.originalEstimate                      // Integer 28800
[
  (sp / 2).getClass().simpleName, sp / 2, sp.intdiv(2), sp % 2,
  (est * 2).getClass().simpleName, est * 2, est / 3, est.toInteger(),
  (secs / 3600).getClass().simpleName, secs / 3600, (secs / 7200) as int,
  (sp * 1.5d).getClass().simpleName, sp * 1.5d, sp + 0.5f,
  sp + secs + 2L, (sp + 2L).getClass().simpleName,
  Math.round(est), Math.round(est).getClass().simpleName,
  est.setScale(0, java.math.RoundingMode.HALF_EVEN), 13.5.setScale(0, java.math.RoundingMode.HALF_EVEN)
]
