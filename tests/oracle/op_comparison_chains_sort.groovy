def people = [[n: 'bob', a: 30], [n: 'amy', a: 30], [n: 'cat', a: 25], [n: 'Dan', a: 30]]
def r = []
r << people.sort(false) { a, b -> a.a <=> b.a ?: a.n <=> b.n }*.n
r << people.sort(false) { a, b -> b.a <=> a.a ?: a.n.toLowerCase() <=> b.n.toLowerCase() }*.n
r << people.sort(false) { [it.a, it.n] }*.n
r << people.max { it.a }.n
r << people.min { a, b -> a.n <=> b.n }.n
r << people.collect { it.a }.unique().sort { -it }
r << (people.groupBy { it.a }.max { it.value.size() }.key)
r
