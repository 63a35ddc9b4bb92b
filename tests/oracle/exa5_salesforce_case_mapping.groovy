import java.math.RoundingMode
def net = entity.Amount__c * (1 - entity.Discount__c)
def out = [:]
out.summary = "[${entity.CaseNumber}] ${entity.Subject}"
out.net = net.setScale(2, RoundingMode.HALF_UP)
out.netRaw = net
out.tier = entity.Account?.Tier__c ?: 'Standard'
out.priority = entity.IsEscalated ? 'Highest' : entity.Priority
out.caseNo = entity.CaseNumber as int
out.caseNoPadded = String.format('%010d', out.caseNo)
out.idPrefix = entity.Id.take(3)
out.id15 = entity.Id.substring(0, 15)
out.origin = entity.Origin?.toUpperCase()
out.created = Date.parse("yyyy-MM-dd'T'HH:mm:ss.SSSZ", entity.CreatedDate).format('yyyy-MM-dd', TimeZone.getTimeZone('UTC'))
out
