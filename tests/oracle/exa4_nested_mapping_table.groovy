def mapping = [
    Bug     : [type: "Defect",  prio: ["High": 1, "Medium": 2], team: "QA"],
    Story   : [type: "Feature", prio: ["High": 2], team: "Product"],
    (null)  : [type: "Task",    prio: [:], team: "Ops"]
]
def row = mapping[replica.type?.name] ?: mapping[null]
def prio = row.prio[replica.priority?.name] ?: 3
def other = mapping.Story.prio."High"
[row.type, prio, row.team, other, mapping.keySet().collect { it ?: 'null' }, mapping.containsKey(null)]
