def statusNames = [2: "Open", 3: "Pending", 4: "Resolved", 5: "Closed"]
def prioNames = [1: "Low", 2: "Medium", 3: "High", 4: "Urgent"]
def sources = [1: "Email", 2: "Portal", 3: "Phone", 7: "Chat"]
issue.status = [name: statusNames[replica.status] ?: "Open"]
issue.priority = [name: prioNames.get(replica.priority, "Medium")]
def src = sources[replica.source as Integer]
def key = "${replica.status}"
[issue.status.name, issue.priority.name, src, statusNames[key], statusNames[key as Integer], statusNames.get(key.toInteger())]
