def l = [1, 2, 3]
l << 4 << [5]
println l
l.add(0, 0)
l.addAll([6, 7])
l.addAll(1, [9])
println l
println l.remove((Object) 9)
println l.remove(0)
println l.removeAll { it instanceof List }
println l
println l.retainAll { it < 5 }
println l
l[6] = 'x'
println l
l[-1] = 'y'
println l
def l2 = [1, 2, 2, 3]
println l2
l2.removeAt(0)
println l2
def l3 = [3, 4]
l3.putAt(0, 9)
l3.set(1, 8)
println l3
l3.clear()
println l3
def l4 = [1, 2, 3, 4]
l4.removeIf { it % 2 == 0 }
l4
