println 1 <=> 2L
println 2.5 <=> 2
println 3G <=> 3.0d
println 'a' <=> 'b'
println 'abc' <=> 'abd'
println 'b' <=> 'a'
println 'B' < 'a'
println '10' < '9'
println null <=> 1
println 1 <=> null
println 97 == 'a'
println 'a' == 97
println 1 == '1'
println 1.compareTo(2)
println 'x'.compareTo('xyz')
println 'apple'.compareToIgnoreCase('APPLE')
println ([1, 2] <=> [1, 3]) 
'ok'
