def r = [:]
r.toStr = [1, 2].toString()
r.asBoolean = ''.asBoolean()
r.is = 'a'.is('a')
r.equals = [1].equals([1])
r.hash = 'abc'.hashCode()
r.listHash = [1, 2].hashCode()
r.inspect = 'x'.inspect()
r.inspectList = [1, 'a', null].inspect()
r.collectOnObject = 5.collect { it * 2 }
r.withObj = 'abc'.with { it.size() }
r.identity = 'hello'.identity { it.size() }
r
