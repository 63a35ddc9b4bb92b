def text = 'Key: SUP-42 (prio=High)\nkey: ops-7 (prio=low)'
def m = text =~ /(?im)^key:\s+(?<proj>[a-z]+)-(?<num>\d+)\s+\(prio=(?<prio>\w+)\)$/
def rows = []
while (m.find()) { rows << [m.group('proj'), m.group('num') as int, m.group('prio').toLowerCase(), m.start(), m.end()] }
def p = ~/(?s)start(.*?)end/
def multi = 'start\nA\nend start B end'
[rows, (multi =~ p).collect { it[1].trim() }, multi.replaceAll(p, 'X'), 'a1b2c3'.replaceAll(/\d/) { (it as int) * 2 },
 'AbC'.matches('(?i)abc'), ('x' =~ /y/).find(), text.split(/\n/).collect { it =~ /SUP/ ? 'hit' : 'miss' }, 'tab\tsep'.split(/\t/).size()]
