def r = []
def t(String n, Closure c) { try { c(); r << "$n ok" } catch (ConcurrentModificationException e) { r << "$n cme" } }
def l = [1, 2, 3]
t('remove-middle') { l.each { r << it; if (it == 2) l.remove((Object) it) } }
def l2 = [1, 2, 3]
t('append-last') { l2.each { r << it; if (it == 3) l2 << 4 } }
def l3 = [1, 2, 3]
t('append-first') { l3.each { r << it; if (it == 1) l3 << 9 } }
def l4 = [1, 2, 3]
t('set-in-place') { l4.each { l4[0] = 7 } }
def m = [a: 1, b: 2]
t('map-put-last') { m.each { k, v -> r << k; if (k == 'b') m.c = 3 } }
def m2 = [a: 1, b: 2, c: 3]
t('map-put-existing') { m2.each { k, v -> m2[k] = v * 10 } }
def m3 = [a: 1, b: 2, c: 3]
t('map-remove-first') { m3.eachWithIndex { k, v, i -> if (i == 0) m3.remove('c') } }
[r, l, l2, l3, l4, m, m2, m3]
