[(1..10).step(3), (10..1).step(4), ('a'..'e').toList(), (1..<1).toList(), (5..1).toList(), (0..<10).findAll { it % 3 == 0 },
 (1..4).sum(), (1..4).inject(1) { a, b -> a * b }, (1..3).collect { it * it }, 3 in (1..5), 6 in (1..5), (1..5).size(), (-2..2).toList(),
 (1..10)[2..4], (1..10).reverse().take(3), (1.5..3.5).toList(), 1.step(10, 4) { }, (1..3).contains(2.0)]
