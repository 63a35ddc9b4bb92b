// name() and ordinal() are methods: Groovy finds no `name` property on a constant
enum Mode { AUTO, MANUAL }
def m = Mode.MANUAL
println m.name() + " " + m.ordinal()
m.name
