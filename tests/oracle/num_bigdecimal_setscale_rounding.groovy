import java.math.RoundingMode
println 2.345.setScale(2, RoundingMode.HALF_UP)
println 2.345.setScale(2, RoundingMode.HALF_EVEN)
println 2.355.setScale(2, RoundingMode.HALF_EVEN)
println 2.349.setScale(1, RoundingMode.DOWN)
println (-2.5).setScale(0, RoundingMode.HALF_UP)
println (-2.5).setScale(0, RoundingMode.HALF_DOWN)
println 1.2.setScale(3)
println 7.1.setScale(0, RoundingMode.CEILING)
println (-7.1).setScale(0, RoundingMode.FLOOR)
println 1.05.setScale(1, BigDecimal.ROUND_HALF_UP)
try { 1.25.setScale(1) } catch (e) { println e.class.name + ': ' + e.message }
'ok'
