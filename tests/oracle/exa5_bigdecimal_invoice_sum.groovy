import java.math.RoundingMode
def lines = [[qty: 3, price: 19.99], [qty: 1, price: 250.00], [qty: 12, price: 0.333], [qty: 2, price: 7.00]]
def net = lines.sum { it.qty * it.price }
def vat = (net * 0.21).setScale(2, RoundingMode.HALF_UP)
def total = net + vat
def perLine = lines.collect { (it.qty * it.price).setScale(2, RoundingMode.HALF_EVEN) }
[net, vat, total, total.setScale(0, RoundingMode.UP), perLine, perLine.sum(), net.getClass().name,
 String.format('%.2f', total), total.toBigInteger(), total.intValue(), (total as double)]
