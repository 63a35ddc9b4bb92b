import java.text.DecimalFormat
def pats = ['#.##', '0.00', '#,##0', '#,##0.###', '$#,##0.00', '0.0 \'h\'', '00.##%', '#', '0', '#,###.00', '0.#']
def vals = [0, 0.5, 1.005, 2.5, 3.5, -0.4, 1234567.891, -1234.5, 0.125d, 1e-7, 12345678901234567890, 99.995]
pats.collect { p -> def f = new DecimalFormat(p); [p] + vals.collect { f.format(it) } }
