def cf = replica.customFields
def pts = cf.'Story Points'?.value
def tier = cf.'Customer Tier'?.value?.value
def r = [pts, pts.getClass().simpleName, pts as int, pts.toString(), (pts as BigDecimal).stripTrailingZeros().toPlainString(),
         tier, cf.Budget.value * 2, cf.Missing?.value, cf.keySet().findAll { it.contains(' ') }.sort(), cf.size()]
issue.customFields = [:]
issue.customFields.'Story Points' = [value: pts]
issue.customFields.'Remote Key' = [value: replica.key]
r << issue.customFields
r
