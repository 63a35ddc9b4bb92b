def m = 'a1 b2 c3' =~ /(\w)(\d)/
def out = []
m.each { whole, l, d -> out << "$l:$d" }
println out
println m.collect { it[1] }
def m3 = 'x=1;y=2' =~ /(\w)=(\d)/
while (m3.find()) { println m3.group(1) + '->' + m3.group(2) }
println(('aaa' =~ /a/).count)
def p = ~/(\d+)/
println p.matcher('ab12cd').find()
println p.class.name
println(('ab12cd' =~ p)[0])
println(('TEST' =~ /(?i)test/).matches())
println 'a.b'.split(java.util.regex.Pattern.quote('.')).toList()
println 'x+y' =~ /\+/ ? 'plus' : 'none'
'end'
