def n = 5
def g = "n=$n"
println g.getClass().simpleName
println(((g + '!')).getClass().simpleName)
println((('!' + g)).getClass().simpleName)
println((g.toUpperCase()).getClass().simpleName)
println g.length()
println g[0..1]
println g * 2
println "${n}" == '5'
println "${n}" == 5
println "${n}".toInteger() + 1
def lazy = "v=${-> n}"
n = 6
println lazy
println "${[1, 2]} ${[a: [b: 1]]} ${null} ${1.50} ${1/3}"
println "${'x'.class.simpleName}"
println "a${}b"
def x = [name: 'Bob', tags: ['t1']]
println "$x.name's $x.tags.size"
println "${x.tags[0]} and $x.tags[0]"
"\$5 and ${'$'}6"
