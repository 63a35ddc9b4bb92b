def lines = replica.description.readLines()
def numbered = lines.withIndex(1).collect { l, i -> "${i.toString().padLeft(2, '0')}| $l" }
def pairs = lines.collate(2).collect { it.join(' + ') }
def out = []
replica.description.eachLine { line, n -> if (line.contains(':')) out << n }
[numbered.take(3), pairs.size(), pairs[0], out, lines.findIndexOf { it.startsWith('Actual') }]
