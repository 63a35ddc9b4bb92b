// Syntax coverage (labeled): parsed and run like Groovy's own parser
def out = []
outer:
for (i in 0..3) {
    inner: for (j in 0..3) {
        if (j == 2) continue outer
        if (i == 3) break outer
        out << "$i$j"
    }
}
out
