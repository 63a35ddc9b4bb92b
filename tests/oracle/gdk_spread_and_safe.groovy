def people = [[name: 'ann', tags: ['a']], null, [name: 'bob', tags: []], [name: null]]
println people*.name
println people.findAll()*.name*.toUpperCase()
println people?.getAt(0)?.name
println people[1]?.name?.size()
println people.findAll { it?.name }*.name.collect { it.capitalize() }
println people.findAll()*.tags*.size()
println people*.get('name')
def nul = null
println nul*.foo
println nul?.foo?.bar
println ([[1, 2], [3]]*.size())
println (['a', 'bb']*.length().sum())
println ([a: 1, b: 2]*.value)
println ([a: 1, b: 2]*.key.join())
println (['x', null]*.toUpperCase())
'end'
