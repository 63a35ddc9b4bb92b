def n = null
def r = [:]
r.collect = n.collect { it }
r.findAll = n.findAll { it }
r.each = n.each { it }
r.any = n.any { it }
r.toStr = n.toString()
r.asBool = n.asBoolean()
r.equals = n.equals(null)
r.is = n.is(null)
r.find = n.find { it }
r.inspect = n.inspect()
r
