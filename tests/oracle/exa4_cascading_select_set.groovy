def remote = replica.customFields.Cascading?.value
def mapping = [Hardware: [Laptop: "Notebook", Desktop: "Workstation"], Software: [:]]
def parent = remote?.parent?.value
def child = remote?.child?.value
def localChild = mapping[parent]?.get(child) ?: child
issue.customFields."Category" = [value: [parent: [value: parent], child: localChild ? [value: localChild] : null]]
def v = issue.customFields."Category".value
[v.parent.value, v.child?.value, "${v.parent.value} - ${v.child?.value ?: '(none)'}".toString()]
