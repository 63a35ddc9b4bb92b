def r = [:]
r.votes = replica.votes.getClass().simpleName
r.bigId = replica.bigId.getClass().simpleName
r.estimate = replica.estimate
r.estimateType = replica.estimate.getClass().simpleName
r.sp = replica.customFields."Story Points".value + 1
r.nullField = replica.resolution
r.missingField = replica.noSuchField
r.keys = replica.keySet().take(4)
r
