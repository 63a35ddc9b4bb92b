// Syntax coverage (switch stacked): parsed and run like Groovy's own parser
def f(x) {
    switch (x) {
        case 1:
        case 2:
            return 'small'
        default:
            return 'other'
        case ~/a.*/:
            return 're'
        case [7, 8]:
            return 'list'
    }
}
[f(1), f(2), f(3), f('abc'), f(8)]
