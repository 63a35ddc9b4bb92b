def r = replica
def owner = r.assignee?.displayName ?: r.reporter?.displayName ?: "Unassigned"
def prio = r.priority?.name == "High" ? "P1" : r.priority?.name == "Medium" ? "P2" : "P3"
def points = r.customFields."Story Points"?.value ?: 0
def zero = 0 ?: "zero is falsy"
def emptyStr = "" ?: "empty is falsy"
def emptyList = [] ?: ["default"]
def falseVal = false ?: "false is falsy"
def ok = r.resolution ? "resolved" : "open"
[owner, prio, points, zero, emptyStr, emptyList, falseVal, ok, r.labels ? r.labels.size() : -1]
