def data = [name: 'n1', count: 2]
def r = data.with {
  count += 1
  name.toUpperCase() + count
}
println r
println data
def sb = new StringBuilder()
sb.with {
  append('a')
  append('b')
}
println sb
def outerName = 'outer'
[1].each { println "$outerName $it" }
def x = [a: [b: [c: 5]]]
x.a.b.with { c * 2 }
