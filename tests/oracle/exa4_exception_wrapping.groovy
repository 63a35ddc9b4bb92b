def convert = { v ->
    try {
        return v as Integer
    } catch (NumberFormatException e) {
        throw new IllegalStateException("bad number '${v}'", e)
    }
}
def out = []
["12", "x"].each { v ->
    try {
        out << convert(v)
    } catch (IllegalStateException e) {
        out << [e.message, e.cause.getClass().simpleName, e.cause.message, e instanceof RuntimeException]
    }
}
out
