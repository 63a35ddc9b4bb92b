def r = []
r << 'a:b:c:d'.split(':', 2).toList()
r << 'a:b:c:d'.split(':', -1).toList()
r << 'a::b::'.split(':').toList()
r << 'a::b::'.split(':', -1).toList()
r << ' lead'.split(' ').toList()
r << 'x1y2z'.split(/\d/).toList()
r << 'abc'.split('').toList()
r << 'a\r\nb\nc\rd'.readLines()
r << 'a\n\nb\n'.readLines()
r << 'a\n\nb\n'.split('\n').toList()
r << 'one,two;three'.tokenize(',;')
r << 'a  b'.tokenize(' ')
r << 'a--b'.tokenize('--')
r << 'a-b'.split('-', 0).size()
def lines = []
'l1\nl2\n'.eachLine { lines << it }
r << lines
r << 'k1=v1\nk2=v2'.readLines().collectEntries { it.split('=') as List }
r
