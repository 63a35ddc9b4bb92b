def findFirst(list) {
    list.each { if (it > 1) return it }
    return 'done'
}
def res = []
[1, 2, 3].each { if (it == 2) return; res << it }
[findFirst([1, 2, 3]), res]
