def r = []
r << (1..1).toList()
r << (5..<5).toList()
r << (-3..-1).toList()
r << (1..-1).toList()
r << ('z'..'x').toList()
r << (1L..3L).toList()
r << (1..5).findAll { it % 2 }
r << (1..4).collate(2)
r << (1..3).plus(9)
r << (1..3) + [9]
r << (1..3).minus(2)
r << (0..9)[2..4]
r << (0..9).step(4).toList()
r << (1..<4).size()
r << (1..10).subList(2, 4)
r << (1..3).indexOf(2)
r << (1..3).contains(4)
r << ((1..3) == (1..3))
r << (1..3).equals([1, 2, 3])
r << (3..1).from
r << (1..3).toString()
def rng = 2..4
r << rng.isReverse()
r << rng.max()
r
