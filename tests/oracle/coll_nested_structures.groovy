def data = [teams: [[name: 'a', members: [[n: 'x', age: 30], [n: 'y', age: 25]]], [name: 'b', members: []], [name: 'c', members: [[n: 'z', age: 41]]]]]
def r = []
r << data.teams*.members*.size()
r << data.teams.members.flatten()*.n
r << data.teams.collectMany { it.members }.sum { it.age }
r << data.teams.findAll { it.members }.name
r << data.teams.collectEntries { [it.name, it.members*.age.max()] }
r << data.teams.members.n
r << data.teams.find { it.name == 'c' }.members[0].age
r << data.teams.sort { -it.members.size() }*.name
r << data.teams.groupBy { it.members.size() > 0 }.collectEntries { k, v -> [k, v*.name] }
r << data.teams.inject(0) { acc, t -> acc + t.members.count { it.age > 26 } }
r
