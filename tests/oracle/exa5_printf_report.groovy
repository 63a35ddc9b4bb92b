printf('%-10s %6s%n', 'Status', 'Count')
def counts = [Open: 12, 'In Progress': 3, Done: 140]
counts.each { k, v -> printf('%-10.10s %6d%n', k, v) }
printf('%s has %d items, %.1f%% done%n', replica.key, 155, 140 * 100 / 155)
printf('%5.2f|%-7.3f|%07.2f%n', 1.005, 2.5, -3.14159)
System.out.printf('%3$s %1$s %2$s%n', 'a', 'b', 'c')
null
