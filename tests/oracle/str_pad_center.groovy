println 'abc'.padLeft(6) + '|'
println 'abc'.padLeft(6, '*')
println 'abc'.padRight(6, '-') + '|'
println 'abc'.padLeft(2)
println 'abc'.center(9, '*')
println 'abc'.center(8, '*')
println 'abcd'.center(9, '*')
println 'ab'.center(7, 'xy')
println 'abc'.center(1)
println ''.center(4, '-')
println '7'.padLeft(3, '0')
println 'x'.padRight(5, 'ab')
println 'x'.padLeft(-3)
println 'abc'.padLeft(0, '*')
'end'
