def r = [:]
r.fmt = String.format('%s has %d items costing %.2f', 'cart', 3, 9.5)
r.pad = String.format('[%5s][%-5s][%05d]', 'ab', 'cd', 42)
r.halfUp = String.format('%.2f', 1.005)
r.valueOf = String.valueOf(42)
r.join = String.join('-', ['a', 'b', 'c'])
r.hex = String.format('%x', 255)
r.pct = String.format('%d%%', 50)
r
