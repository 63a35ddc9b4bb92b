def m = 'order 123 and 456' =~ /(\d)(\d+)/
println m.size()
println m[0]
println m[1][2]
println m.find()
println m.group()
println m.group(1)
def m2 = 'abc' =~ /x/
println m2.find()
println (m2 ? 'y' : 'n')
println 'price: 42 EUR'.find(/\d+/)
println 'price: 42 EUR'.find(/(\d+) (\w+)/) { all, n, c -> "$c$n" }
println 'no digits'.find(/\d+/)
println 'a1b2c3'.findAll(/\d/)
println 'a1b2c3'.findAll(/([a-z])(\d)/) { all, l, d -> l * d.toInteger() }
println 'k=v, x=y'.findAll(/(\w)=(\w)/)
println (('2024-01-15' =~ /(\d+)-(\d+)-(\d+)/)[0])
println 'ABC-123' ==~ /[A-Z]+-\d+/
println 'ABC-123x' ==~ /[A-Z]+-\d+/
println 'abc'.matches('a.c')
def (all, y, mo) = ('2024-03' =~ /(\d+)-(\d+)/)[0]
[all, y, mo]
