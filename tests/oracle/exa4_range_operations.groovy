def r = 1..5
def weekdays = ('a'..'e').toList()
def rev = 5..1
[r.sum(), r.collect { it * it }, r.step(2), rev.toList(), (1..<4).size(), weekdays, r.contains(3), 3 in r, r.from, r.to,
 (0..10).findAll { it % 3 == 0 }, replica.comments[0..1]*.id, replica.key[0..2], (1..3).inject(1) { a, b -> a * b }, (10..1).step(3)]
