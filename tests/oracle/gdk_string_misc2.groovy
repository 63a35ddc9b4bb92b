println 'a-b-c'.tokenize('-').reverse().join('+')
println 'hello world'.split(' ').collect { it[0].toUpperCase() + it[1..-1] }.join(' ')
println 'Mississippi'.toList().unique().join()
println 'Mississippi'.toList().countBy { it }
println 'abc'.collectReplacements { it == 'b' ? 'B' : null }
println 'a,b;c d'.split(/[,; ]/).toList()
println 'CamelCaseString'.replaceAll(/([A-Z])/, '_$1').toLowerCase().replaceFirst('_', '')
println 'snake_case_here'.split('_').collect { it.capitalize() }.join()
println 'x'.multiply(3)
println 'abc'.plus(1)
println 'abc'.getAt(1)
println 'abc'.indexOf('c')
println 'a b c'.replace(' ', '')
println '  x  '.length()
println 'TeSt'.equalsIgnoreCase('test')
println 'abc'.endsWith('bc')
println 'é'.size()
println 'line1\nline2'.readLines().reverse()
println 'abc' <=> 'abd'
println 'abc'.toUpperCase().toLowerCase().capitalize()
println 'one two three'.split().size()
println '12:30'.split(':')*.toInteger().inject(0) { a, b -> a * 60 + b }
'ab'.center(6).replace(' ', '.')
