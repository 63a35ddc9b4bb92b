def r = [:]
r.set = [1, 2, 2, 3] as Set
r.setType = ([1] as Set).getClass().simpleName
r.list = (1..3) as List
r.arr = (['a', 'b'] as String[]).length
r.strList = [1, 2].toString()
r.listFromSet = ([3, 1] as Set) as List
r
