// Groovy 4: % on BigInteger is remainder() (sign of the dividend, any non-zero divisor);
// 2.4 uses BigInteger.mod (never negative, and a negative divisor throws ArithmeticException).
def big = 12345678901234567890G
[-7G % 3G, 7G % -3G, -7G % 3, -17G % 5L, big % -1000G, -big % 7]
