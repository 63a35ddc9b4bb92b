def parseAmount(String s) {
    if (s == null) throw new IllegalArgumentException('amount is null')
    try {
        return new BigDecimal(s.replace(',', ''))
    } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an amount: '$s'", e)
    }
}
def toCents(String s) { (parseAmount(s) * 100).toBigInteger() }
def r = []
['1,234.56', 'abc', null, '12', '-0.5'].each { s ->
    try {
        r << toCents(s)
    } catch (IllegalArgumentException e) {
        r << [e.message, e.cause?.getClass()?.name]
    }
}
try {
    toCents('x')
} catch (RuntimeException e) {
    r << (e instanceof IllegalArgumentException) << e.getClass().simpleName
}
r
