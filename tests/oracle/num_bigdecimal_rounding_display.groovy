import java.math.RoundingMode
def prices = [19.99, 5.005, 0.125, 100, 2.5]
def taxed = prices.collect { (it * 1.19).setScale(2, RoundingMode.HALF_UP) }
println taxed
println taxed.sum()
println prices.sum() / prices.size()
println ((prices.sum() / prices.size()).setScale(2, RoundingMode.HALF_EVEN))
println 10.00 - 0.01
println 3 * 0.1
println 0.1 * 3 == 0.3
println 0.1d * 3 == 0.3d
println 1.0 / 3 * 3
println 2.0 ** 10
println 1.1 ** 2
println (1.5).toString() + '|' + (1.50).toString() + '|' + 1.500.toPlainString()
println String.format('%.1f', 0.05)
println String.format('%.1f', 0.15)
println String.format('%.1f', 0.25d)
println String.format('%.0f', 0.5)
println String.format('%.0f', 1.5d)
[1.5.round(), 2.5.setScale(0, RoundingMode.HALF_EVEN), (-1.5).setScale(0, RoundingMode.HALF_UP)]
