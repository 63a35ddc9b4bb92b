import groovy.transform.Field
@Field def fd = { x -> x * 2 }
@Field Closure fmt = { String s -> s.toUpperCase() }
def helper() { fd(5) + fmt('a').size() }
def r = [fd(3), fmt('hi'), helper(), fd.call(4)]
r
