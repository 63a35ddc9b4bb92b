def s = 'a,b,,c,,'
def r = [s.split(','), s.split(',', -1), s.split(',', 2), s.tokenize(','), 'a|b|c'.split('\\|'), 'a.b.c'.split('.'),
         ' x  y '.split(' '), ' x  y '.split(/\s+/), ' x  y '.tokenize(), 'k=v=w'.split('=', 2), ''.split(','), 'abc'.split(''),
         'one;two three'.tokenize('; '), 'CamelCaseString'.split(/(?=[A-Z])/), 'a1b22c333'.split(/\d+/)]
r.collect { it instanceof String[] ? ['arr', it.length, it.toList()] : ['list', it] }
