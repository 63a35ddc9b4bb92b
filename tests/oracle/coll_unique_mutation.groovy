def l = [1, 2, 1, 3, 2]
def r = l.unique()
println r.is(l)
println l
def l2 = [1, 1L, 1.0, 2]
println l2.unique()
def l3 = ['a', 'B', 'A', 'b']
println l3.unique { it.toLowerCase() }
println l3
def l4 = [3, 1, 3]
println l4.unique(false)
println l4
def l5 = [[a: 1], [a: 1], [a: 2]]
println l5.unique()
def l6 = [1, 2, 3, 4]
println l6.unique { a, b -> a % 2 <=> b % 2 }
println ([null, null, 1].unique())
[].unique()
