def rows = [['Item', 'Qty', 'Price'], ['Apple', 3, 1.5], ['Banana', 12, 0.25], ['Kiwi', 100, 10]]
def widths = (0..2).collect { c -> rows*.getAt(c)*.toString()*.size().max() }
def lines = rows.collect { row -> [row, widths].transpose().withIndex().collect { pair, i -> def (v, w) = pair; i == 0 ? v.toString().padRight(w) : v.toString().padLeft(w) }.join(' | ') }
def total = rows.tail().sum { it[1] * it[2] }
lines << '-' * lines[0].size()
lines << "Total: ${total}".center(lines[0].size(), '*')
lines.join('\n')
