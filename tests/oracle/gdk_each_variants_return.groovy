def l = [1, 2]; def m = [a: 1]; [l.each { it * 2 }, m.each { k, v -> v }, l.eachWithIndex { x, i -> x }, l.collect { it }.each { }, 'ab'.each { }, (1..2).each { }, 3.times { }, l.reverseEach { }]
