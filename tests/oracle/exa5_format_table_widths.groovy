def rows = [[key: 'SUP-1', pts: 3, cost: 12.5], [key: 'SUP-22', pts: 13, cost: 1234.567], [key: 'SUP-333', pts: null, cost: 0]]
def out = []
out << String.format('%-8s|%5s|%10s|', 'key', 'pts', 'cost')
rows.each { r ->
    out << String.format('%-8s|%5d|%10.2f|', r.key, r.pts ?: 0, r.cost as BigDecimal)
}
out << String.format('%08.3f', 3.14159d)
out << String.format('%+d %+d', 5, -5)
out << String.format('%,d', 1234567890L)
out << String.format('[%6.2e]', 12345.678d)
out << String.format('%x %X %o %08x', 255, 255, 8, 48879)
out << String.format('%.3s|%5.1s|', 'abcdef', 'xyz')
out << String.format('%b %b %b', null, 'x', false)
out << String.format('%c%c', 'A' as char, 66)
out << String.format('100%% done%n').trim()
out
