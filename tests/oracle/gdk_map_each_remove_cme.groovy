def m = [a: 1, b: 2, c: 3]
try {
  m.each { k, v -> if (v == 2) m.remove(k) }
} catch (ConcurrentModificationException e) {
  println 'CME ' + e.message
}
def l = [1, 2, 3, 4]
try {
  l.each { if (it == 2) l.remove((Object) it) }
} catch (ConcurrentModificationException e) {
  println 'CME list'
}
[m, l]
