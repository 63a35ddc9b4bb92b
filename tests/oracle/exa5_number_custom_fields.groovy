def raw = [replica.customFields.'Affected Users'.value, '1,250', '12.5%', ' 7 ', null, 'n/a', 3, 2.50]
raw.collect { v ->
    def n
    if (v instanceof Number) n = v
    else if (v instanceof String && v.replaceAll(/[,%\s]/, '').isBigDecimal()) n = v.replaceAll(/[,%\s]/, '') as BigDecimal
    else n = null
    [v, n, n?.getClass()?.simpleName, n != null ? (n as BigDecimal).setScale(0, java.math.RoundingMode.HALF_UP) : 0, n instanceof Integer]
}
