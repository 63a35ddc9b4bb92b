int h = 0
for (c in replica.summary.toCharArray()) { h = 31 * h + (c as int) }
def javaHash = replica.summary.hashCode()
int acc = Integer.MAX_VALUE - 2
def seen = []
5.times { acc++; seen << acc }
long big = Integer.MAX_VALUE
big += 10
int prod = 1
(1..15).each { prod *= it }
long lprod = 1
(1..15).each { lprod *= it }
def sum = 0
[Integer.MAX_VALUE, 1].each { sum += it }
[h, javaHash, h == javaHash, seen, big, prod, lprod, sum, sum.getClass().simpleName, Integer.MAX_VALUE + 1, Long.MAX_VALUE + 1,
 (Integer.MAX_VALUE as long) + 1, Integer.MIN_VALUE - 1, -Integer.MIN_VALUE, 46341 * 46341, 65536 * 65536L]
