def rates = [new BigDecimal("49.95"), 12.5, 0.05, 100]
def total = rates.sum()
def avg = total / rates.size()
def vat = (total * 0.19).setScale(2, java.math.RoundingMode.HALF_UP)
def pct = [1, 2, 3].collect { it / 3 * 100 }
[total, avg, vat, rates.max(), rates.min(), pct, pct*.setScale(1, java.math.RoundingMode.HALF_EVEN), (total as double).round(1), total.toBigInteger(), 10.intdiv(4), 10 / 4, (10 / 4) as int, 7 % 3, -7.intdiv(2)]
