def est = replica.customFields."Estimate (h)".value   // "12.5"
def sp = replica.customFields."Story Points".value     // 5
def secs = replica.originalEstimate
[
  est.toBigDecimal() * 3600,
  est as Double,
  (est as BigDecimal).setScale(0, BigDecimal.ROUND_HALF_UP) as Integer,
  "42".toInteger() + sp,
  ("7" as Integer) / 2,
  secs.intdiv(3600) + "h " + (secs % 3600).intdiv(60) + "m",
  replica.timeSpent / 3600,
  "3.0".isNumber(), "abc".isInteger(), "-17".isInteger(), " 5".isInteger(),
  Integer.parseInt("0042"), Long.valueOf("9000000000") + 1, new BigDecimal("1.50").stripTrailingZeros().toPlainString(),
  Double.parseDouble("1e3"), "12.5".toDouble().round(), 2.5.toInteger()
]
