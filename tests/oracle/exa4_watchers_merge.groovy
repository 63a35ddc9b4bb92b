def remote = (replica.watchers ?: []).collect { it.email?.toLowerCase() }.findAll()
def local = issue.watchers.collect { it.email.toLowerCase() }
def domainOk = { String e -> e.endsWith("@corp.example") || e.endsWith("@partner.example") }
def add = remote.findAll { domainOk(it) && !(it in local) }.unique()
issue.watchers += add.collect { [email: it] }
[add, issue.watchers*.email, remote.size() - add.size()]
