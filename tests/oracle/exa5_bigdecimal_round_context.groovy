import java.math.MathContext
import java.math.RoundingMode
def vals = [123.4567, 0.0012345, 98765.4321, -1.25]
vals.collect { v ->
    [v.round(new MathContext(3)), v.round(new MathContext(2, RoundingMode.DOWN)), v.precision(), v.scale(),
     v.movePointLeft(2), v.movePointRight(1), v.setScale(1, RoundingMode.HALF_UP).toString(), v.toBigInteger(), v.signum()]
}
