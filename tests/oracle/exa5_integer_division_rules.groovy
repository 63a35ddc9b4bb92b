def total = 17
def parts = 5
[total / parts, total.intdiv(parts), total % parts, (total / parts).getClass().simpleName, total / parts * parts,
 (total as double) / parts, 17L / 5, 17L.intdiv(5), -17 / 5, -17.intdiv(5), -17 % 5, 1 / 8, 2 / 3 * 3, 10 / 2, (10 / 2).getClass().simpleName,
 1.0 / 3 + 1.0 / 3 + 1.0 / 3, Integer.MAX_VALUE / 2, 7 / 7.0, 5 ** 2, 2 ** 31, (2 ** 31).getClass().simpleName, 2 ** -1, 10 ** 2.0]
