// Groovy 2.4: a closure reaches an @Field through Script.getProperty/setProperty, so it
// reads a binding of the same name first and writes into the binding
import groovy.transform.Field

@Field def total = 0
@Field def shadowed = 'field'
@Field Map byKey = [:]

[1, 2, 3].each { total += it; byKey["k$it"] = it * it }
def readShadowed = { shadowed }
def methodView() { [total, shadowed] }

[total: total, byKey: byKey, closureSees: readShadowed(), bodySees: shadowed,
 method: methodView()]
