issue.summary = "${replica.summary.trim()} (${replica.key})".toString()
def body = new StringBuilder()
body.append("**Priority:** ").append(replica.priority?.name).append("\n\n")
body.append(replica.description.replaceAll(/(?m)^(\d+)\. /, '$1) '))
issue.description = body.toString()
issue.labels = replica.labels*.trim().unique().collect { [name: it.toLowerCase()] } + [[name: "jira"]]
def userMap = ["bob.stone@partner.example": "bstone-gh"]
issue.assignees = [replica.assignee].findAll().collect { userMap[it.email.toLowerCase()] }.findAll()
[issue.summary, issue.description.readLines()[2], issue.labels*.name, issue.assignees]
