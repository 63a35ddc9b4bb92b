def l = [1, 2, 3, 4, 5]
def it = l.iterator()
def r = []
try { it.remove() } catch (IllegalStateException e) { r << 'ISE before next' }
while (it.hasNext()) { def x = it.next(); if (x % 2 == 0) it.remove() }
try { it.remove(); it.remove() } catch (IllegalStateException e) { r << 'ISE twice' }
System.out.println("list now ${l}")
System.out.print('a')
System.out.print(1)
System.out.println()
System.out.printf('%03d|%s%n', 7, 'x')
System.err.println('not captured')
System.out.println([k: [1, 2]])
[r, l]
