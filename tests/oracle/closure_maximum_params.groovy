def m = [a: 1, b: 2]
def r = []
m.each { k, v -> r << "$k=$v".toString() }
m.each { e -> r << e.key }
m.eachWithIndex { k, v, i -> r << i }
m.eachWithIndex { e, i -> r << e.value * 10 + i }
r
