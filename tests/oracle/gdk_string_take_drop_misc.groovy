def r = [:]
r.take = 'hello'.take(2)
r.takeMore = 'hi'.take(10)
r.drop = 'hello'.drop(2)
r.dropAll = 'hi'.drop(5)
r.multiply = 'ab'.multiply(2)
r.each = []
'abc'.each { r.each << it }
r.collect = 'abc'.collect { it.toUpperCase() }
r.toList = 'abc'.toList()
r.chars = 'ab'.toCharArray().size()
r.readLines = 'a\nb\r\nc'.readLines()
r.stripIndent = '''
    line1
      line2'''.stripIndent()
r.stripMargin = '''|a
    |b'''.stripMargin()
r.isAllWs = ['', '  ', ' x '].collect { it.isAllWhitespace() }
r.eachLine = []
'x\ny'.eachLine { r.eachLine << it }
r
