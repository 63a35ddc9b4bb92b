def l = [5, 3, 8, 1, 9]
[l.take(2), l.drop(3), l.takeWhile { it > 2 }, l.dropWhile { it > 2 }, l.takeRight(2), l.dropRight(4),
 l.head(), l.tail(), l.last(), l.init(), l[1..-2], l.subList(1, 3), l.collate(3)*.sum(),
 l.inject([]) { a, x -> x > 4 ? a + x : a }, l.withIndex().findAll { v, i -> i % 2 == 0 }*.get(0),
 l.toSorted(), l.toUnique(), l]
