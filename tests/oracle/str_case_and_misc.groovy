println 'hello world'.capitalize()
println 'Hello'.uncapitalize()
println 'ABC'.toLowerCase()
println 'i'.toUpperCase()
println 'Straße'.toUpperCase()
println 'abc'.reverse()
println '  pad  '.trim() + '|'
println '\t x \n'.strip() + '|'
println 'a' * 3
println 'abc' - 'b'
println 'abcabc' - 'b'
println 'hello' - ~/l+/
println 'x'.isEmpty()
println ' '.isAllWhitespace()
println 'abc'.size()
println 'hello'.toList()
println 'hello'.toSet().size()
println 'a,b'.toList()
println 'hello'.collect { it.toUpperCase() }.join()
println 'abc'.every { it < 'd' }
println 'abc'.any { it == 'b' }
println 'hello'.findAll { it != 'l' }.join()
println 'hello'.chars.length
println 'ab'.bytes.toList()
println 'aXbXc'.split('X').join('-')
println 'Hello World'.toLowerCase().split(' ').collect { it.capitalize() }.join(' ')
'a'.next() + 'z'.previous()
