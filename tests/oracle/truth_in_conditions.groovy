def r = []
if ('') r << 'empty-string' else r << 'not-empty-string'
if ([0]) r << 'list0'
while (0) { r << 'never' }
r << (!'' ? 'neg' : 'pos')
r << ('a' && 'b')
r << (null || 'b')
r << (0 || '')
r
