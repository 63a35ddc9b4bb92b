def words = ['apple', 'bob', 'avocado', 'cat', 'banana']
def r = [:]
r.groupBy = words.groupBy { it[0] }
r.countBy = words.countBy { it.size() > 3 }
r.collectEntries = words.collectEntries { [(it): it.size()] }
r.collectEntriesPairs = [['a', 1], ['b', 2]].collectEntries()
r.collectEntriesPair = words.take(2).collectEntries { [it, it.toUpperCase()] }
r.split = [1, 2, 3, 4].split { it % 2 == 0 }
r.groupEmpty = [].groupBy { it }
r
