def l = [3, 1, 2]
def r = [:]
r.collect = l.collect { it * 2 }
r.findAll = l.findAll { it > 1 }
r.find = l.find { it > 1 }
r.findNone = l.find { it > 5 }
r.findIndexOf = l.findIndexOf { it == 2 }
r.findResult = l.findResult { it > 1 ? "got $it".toString() : null }
r.any = l.any { it > 2 }
r.every = l.every { it > 0 }
r.anyEmpty = [].any { true }
r.everyEmpty = [].every { false }
r.inject = l.inject(0) { acc, x -> acc + x }
r.injectNoInit = l.inject { acc, x -> acc * x }
r.eachRet = l.each { it }
r.withIndex = l.withIndex()
r.indexed = l.indexed()
r.collectMany = [[1, 2], [3]].collectMany { it }
r.eachWithIndex = []
l.eachWithIndex { v, i -> r.eachWithIndex << "$i:$v".toString() }
r.findAllNoClosure = [0, 1, null, '', 'a'].findAll()
r
