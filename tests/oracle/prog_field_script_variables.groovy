// @Field variables are fields of the script class: visible in methods, initialised
// before the body runs (in declaration order), never bindings
import groovy.transform.Field

println "before declaration: ${prefix}"
@Field def counter = 0
@Field Map cache = [:]
@groovy.transform.Field String prefix = "p-"
@Field int untouched
@Field List seen = [], other = ['x']
@Field def summary = replica.summary

def bump(n) {
    counter += n
    cache[n] = prefix + n
    seen << n
    return counter
}

String describe() { "${summary}:${counter}:${seen.size()}" }

bump(2)
bump(3)
counter = counter * 10
def nested = { -> bump(1) }
[counter: counter, cache: cache, seen: seen, other: other, untouched: untouched,
 viaClosureCall: nested(), described: describe()]
