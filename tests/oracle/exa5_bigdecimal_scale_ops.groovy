def a = 1.50
def b = 2.0
def r = [a + b, a * b, a - b, (a * b).scale(), a.scale(), (a + 0.005).scale(),
         1.10 == 1.1, 1.10.equals(1.1), 1.10.compareTo(1.1), 1.10.stripTrailingZeros(), 100.00.stripTrailingZeros(),
         100.00.stripTrailingZeros().toPlainString(), 1E+3.toPlainString(), 0.000001234.toString(), 123.456.precision(),
         123.456.unscaledValue(), (0.1 + 0.2), 0.1d + 0.2d, 3.0.multiply(2.50), 5.0.negate(), (-7.25).abs()]
r
