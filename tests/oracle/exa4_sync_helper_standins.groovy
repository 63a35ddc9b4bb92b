// stand-ins for syncHelper / nodeHelper lookups in a data-only run
def remoteToLocal = ["10440": "DEV-12", "10300": "DEV-3"]
def syncHelperGetLocalKey = { String remoteId -> remoteToLocal[remoteId] }
def nodeHelperGetUser = { String email -> email?.endsWith('@corp.example') ? [key: email.tokenize('@')[0], active: true] : null }
def links = replica.issueLinks.collect { l ->
    def local = syncHelperGetLocalKey(l.otherIssueId)
    local ? [issue: local, type: l.linkName, outward: l.direction == 'outward'] : null
}.findAll()
def users = [replica.reporter, replica.assignee].collect { nodeHelperGetUser(it?.email)?.key ?: 'unassigned' }
[links, users]
