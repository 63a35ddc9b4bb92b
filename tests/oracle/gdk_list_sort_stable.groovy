def people = [[n: 'a', g: 2], [n: 'b', g: 1], [n: 'c', g: 2], [n: 'd', g: 1]]
people.sort { it.g }.collect { it.n }
