import java.math.RoundingMode
import java.math.MathContext
def budget = replica.customFields.Budget.value
def hours = replica.customFields.Hours.value
def r = []
r << budget / hours
r << budget.divide(hours, 2, RoundingMode.HALF_UP)
r << budget.divide(3, RoundingMode.HALF_EVEN)
r << 10.0.divide(4)
r << new BigDecimal('1').divide(new BigDecimal('8'))
try { r << 1.0.divide(3) } catch (ArithmeticException e) { r << e.message }
r << 1.0.divide(3, MathContext.DECIMAL32)
r << (1 / 3).scale()
r << (2 / 3)
r << 10.intdiv(3)
r << (7.5 / 2.5)
r
