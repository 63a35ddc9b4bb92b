def cf = replica.customFields
def byId = cf."360001234"?.value
def byIdx = cf["360005678"]?.value
def allNumeric = cf.keySet().findAll { it.isNumber() }.collect { it as Long }.sort()
def mapped = [360001234L: "Order", 360005678L: "Region"]
def names = allNumeric.collect { mapped[it] ?: "cf_${it}".toString() }
[byId, byIdx, allNumeric, names, mapped[360001234], mapped[360001234L]]
