def f(x) {
    def out = []
    switch (x) {
        case 1: out << 1; break
        default: out << 'd'
        case 2: out << 2
    }
    out
}
[f(1), f(2), f(3)]
