def m = 'John Smith, age 42' =~ /(?<first>\w+) (?<last>\w+), age (?<age>\d+)/
println m.matches()
println m.group('first')
println m.group('age').toInteger() + 1
println m.groupCount()
println 'line1\nline2\nx' .findAll(/(?m)^line\d$/)
println 'a\nb' ==~ /(?s)a.b/
println 'a\nb' ==~ /a.b/
println 'AbC'.replaceAll(/(?i)[a-c]/, '*')
println java.util.regex.Pattern.compile('\\d+').matcher('x12y345').findAll()
println 'x12y345'.findAll(/\d+/)*.toInteger().sum()
println '2024-01-05'.replaceAll(/(\d{4})-(\d{2})-(\d{2})/, '$3.$2.$1')
println 'aaa'.replaceAll(/a*?/, '-')
println 'foo.bar'.split(/\./, -1).toList()
println 'a,b,'.split(',', -1).toList()
println '<b>bold</b> <i>it</i>'.replaceAll(/<[^>]+>/, '')
println 'tel: +1 (555) 123-4567'.replaceAll(/[^\d+]/, '')
def p = ~/^[A-Z]{2,5}-\d+$/
println(['ABC-1', 'abc-1', 'TOOLONG-1', 'AB-12'].findAll { it ==~ p })
try { m.group('nope') } catch (e) { println e.class.name + ': ' + e.message }
'x'.matches(/[xyz]/)
