def stateMap = ["1": "New", "2": "In Progress", "3": "On Hold", "6": "Resolved", "7": "Closed"]
def jiraStatus = ["New": "Open", "In Progress": "In Progress", "On Hold": "Waiting", "Resolved": "Done", "Closed": "Done"]
def snowState = stateMap[replica.state] ?: "New"
issue.status = [name: jiraStatus[snowState]]
def urgency = replica.urgency as Integer
def impact = replica.impact.toInteger()
def calc = (urgency + impact) <= 3 ? "High" : (urgency + impact) <= 5 ? "Medium" : "Low"
issue.priority = [name: calc]
[snowState, issue.status.name, urgency * impact, calc, replica.priority.split(' - ')[1]]
