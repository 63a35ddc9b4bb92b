def pub = replica.comments.findAll { !it.internal }
issue.comments = pub.collect { c ->
    def when = c.created.replaceFirst(/T(\d\d:\d\d).*/, ' $1')
    [body: "${c.author.displayName} (${when}):\n${c.body}".toString(), remoteId: c.id]
}
def vat = (replica.Description =~ /(\d+)%/).collect { it[1] as int }
[issue.comments*.body, vat, vat[0] - vat[1], replica.Amount__c * (vat[0] - vat[1]) / 100]
