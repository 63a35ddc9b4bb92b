import java.math.RoundingMode
def amounts = [1.005, 2.345, -2.345, 2.5, 3.5, -2.5, 0.125, 10]
amounts.collect { a ->
    def b = a as BigDecimal
    [b.setScale(2, RoundingMode.HALF_UP), b.setScale(2, RoundingMode.HALF_EVEN), b.setScale(0, RoundingMode.HALF_DOWN),
     b.setScale(1, RoundingMode.CEILING), b.setScale(1, RoundingMode.FLOOR), b.setScale(0, RoundingMode.DOWN), b.setScale(3)]
}
