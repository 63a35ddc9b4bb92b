println 'hello world'.replaceAll(/o/) { it.toUpperCase() }
println 'a1b22c333'.replaceAll(/\d+/) { it.size().toString() }
println 'John Smith'.replaceAll(/(\w+) (\w+)/) { all, f, l -> "$l, $f" }
println 'John Smith'.replaceAll(/(\w+) (\w+)/, '$2, $1')
println 'cost: $5'.replaceAll(/\$(\d)/, 'USD\\$$1')
println 'aaa'.replaceFirst(/a/, 'b')
println 'x.y.z'.replace('.', '/')
println 'x.y.z'.replaceAll('.', '/')
println 'abc'.replaceAll(/b/) { m -> m * 2 }
println 'a-b-c'.replaceAll('-', '\\\\')
println 'path/to/file'.replaceAll('/', '.')
println 'Hello'.replaceAll(/(?i)h/, 'J')
println 'tab\there'.replaceAll(/\s/, '_')
println 'k1=v1;k2=v2'.replaceAll(/(\w+)=(\w+)/) { m, k, v -> "$v=$k" }
'abc'.replaceAll('', '-')
