// valueOf with a name that is no constant throws IllegalArgumentException
enum Color { RED, GREEN }
try {
    Color.valueOf("BLUE")
} catch (IllegalArgumentException e) {
    println "caught: " + e.message
}
Color.valueOf("PURPLE")
