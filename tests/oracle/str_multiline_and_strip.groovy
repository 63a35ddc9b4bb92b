def s = '''\
    line one
      line two
    line three'''
println s.stripIndent()
def t = """|first
           |second""".stripMargin()
println t
println 'a\nb\r\nc'.readLines()
def n = 0
'x\ny'.eachLine { line, i -> n += i; println "$i:$line" }
println 'one\ntwo'.split('\n').size()
println 'a\n\nb'.readLines().size()
'abc\n'.denormalize().size()
