def r = [:]
r.split = 'a,b,,c,,'.split(',')
r.splitDot = 'a.b'.split('.')
r.splitEscapedDot = 'a.b'.split('\\.')
r.splitPipe = 'a|b'.split('|')
r.splitEmpty = ''.split(',')
r.splitWs = ' a  b c '.split()
r.splitLimit = 'a,b,c'.split(',', 2)
r.tokenize = 'a,b,,c,,'.tokenize(',')
r.tokenizeMulti = 'a;b,c'.tokenize(',;')
r.tokenizeWs = '  a b\tc\n'.tokenize()
r.tokenizeEmpty = ''.tokenize()
r.splitType = 'a,b'.split(',').getClass().simpleName
r.splitSize = 'a,b'.split(',').size()
r
