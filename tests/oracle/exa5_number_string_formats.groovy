import java.text.DecimalFormat
def df = new DecimalFormat('#,##0.00')
def pct = new DecimalFormat('0.#%')
def plain = new DecimalFormat('0000')
[df.format(1234567.891), df.format(0.5), df.format(-12), pct.format(0.256), pct.format(1), plain.format(42),
 1234.5.toString(), 1e3.toString(), 1.0e-5.toString(), 100.0d.toString(), 1e20d.toString(), 123456789.0f.toString(),
 (0.1f + 0.2f).toString(), 12.0.toString(), 1.5e2.toString(), (10 ** 20).toString(), (2 ** 0.5).toString(), 7.toBigDecimal().toString()]
