def people = [[name: 'A', age: 1], [name: 'B', age: 2], null]
def r = [:]
r.names = people*.name
r.upper = ['a', 'b']*.toUpperCase()
r.nullSpread = null*.x
r.implicit = [[a: 1], [b: 2]].a
r.spreadList = [0, *[1, 2], 3]
r.spreadMap = [*: [a: 1], b: 2]
r
