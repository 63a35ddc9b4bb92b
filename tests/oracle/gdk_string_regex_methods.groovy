def r = [:]
r.replaceAll = 'a1b22'.replaceAll(/\d+/, '#')
r.groupRef = 'John Smith'.replaceAll(/(\w+) (\w+)/, '$2, $1')
r.closure = 'a1b22'.replaceAll(/\d+/) { it.size().toString() }
r.closureGroups = 'x=1;y=2'.replaceAll(/(\w)=(\d)/) { all, k, v -> "$v=$k" }
r.replaceFirst = 'aaa'.replaceFirst('a', 'b')
r.matches = 'abc'.matches('[a-c]+')
r.find = 'abc123def'.find(/\d+/)
r.findNone = 'abc'.find(/\d+/)
r.findAll = 'a1b22c333'.findAll(/\d+/)
r.findClosure = 'key: value'.find(/(\w+): (\w+)/) { all, k, v -> v.toUpperCase() }
r.count = 'aaa'.count('aa')
r
