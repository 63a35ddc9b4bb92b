println 'a,b,,c,,'.split(',').toList()
println 'a,b,,c,,'.tokenize(',')
println 'a b  c'.split(' ').toList()
println 'a b  c'.split(/\s+/).toList()
println 'a b\tc\n d'.tokenize()
println 'a b\tc\n d'.split().toList()
println 'a.b.c'.split('.').length
println 'a.b.c'.split(/\./).toList()
println 'a|b'.split('|').toList()
println 'a|b'.split(/\|/).toList()
println 'a-b_c'.tokenize('-_')
println 'key=value=more'.split('=', 2).toList()
println 'a1b22c333'.split(/\d+/).toList()
println ''.split(',').length
println ''.tokenize(',')
println ',a'.split(',').toList()
println 'a,b'.tokenize(',' as char)
println 'one  two'.tokenize(' ').size()
'x'.split(',').class.simpleName
