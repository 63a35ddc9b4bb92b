// Syntax coverage (switch misc): parsed and run like Groovy's own parser
def r = []
for (v in [1, 'abc', 3.5, null, [1], 42]) {
    switch (v) {
        case null: r << 'null'; break
        case Integer:
            if (v > 10) { r << 'big'; break }
            r << 'int'
            break
        case ~/a.*/: r << 're'; break
        case { it instanceof BigDecimal }: r << 'closure'; break
        case [[1]]: r << 'inlist'; break
        default: r << 'dflt'
    }
}
r
