// `${-> x}` placeholders are called each time the GString is rendered
def x = 1
def lazy = "v=${-> x}"
def eager = "v=${x}"
def out = []
x = 2
println lazy
out << lazy.toString() << eager.toString() << (lazy == 'v=2') << lazy.size() << (lazy as String)
x = 3
out << lazy + '!' << lazy.toUpperCase() << lazy.class.name
def nested = "outer ${-> "in ${-> x * 10}"}"
x = 4
out << nested.toString()
out
