def raw = replica.customFields.Sprint.value
def sprints = raw.collect { s ->
    def attrs = [:]
    (s =~ /(\w+)=([^,\]]*)/).each { all, k, v -> attrs[k] = v == '<null>' ? null : v }
    attrs
}
def active = sprints.find { it.state == 'ACTIVE' }
[sprints*.name, active?.name, active?.id as Integer, sprints.count { it.endDate == null }, sprints*.state.unique()]
