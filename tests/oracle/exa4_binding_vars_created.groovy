// undeclared assignments become bindings; def ones stay local
mapping = [High: "P1", Medium: "P2"]
def local = mapping[replica.priority.name]
resultPriority = local ?: "P3"
counter = 0
replica.labels.each { counter++ }
helper = { it * 2 }
doubled = helper(counter)
[local, resultPriority, counter, doubled]
