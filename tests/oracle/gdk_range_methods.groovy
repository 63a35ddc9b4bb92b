def r = [:]
def rg = 1..5
r.size = rg.size()
r.from = rg.from
r.to = rg.to
r.contains = rg.contains(3)
r.sum = rg.sum()
r.collect = rg.collect { it * it }
r.step = (0..10).step(3)
r.reverse = (5..1).toList()
r.exclusive = (1..<4).toList()
r.chars = ('a'..'e').toList()
r.each = []
(1..3).each { r.each << it }
r.isEmpty = (1..<1).isEmpty()
r.listIndex = (10..20)[2]
r
