// Jira Server sprint fields arrive as toString() of a Java bean
def raw = replica.customFields.Sprint.value
def parse = { String s ->
    def body = (s =~ /\[(.*)\]$/)[0][1]
    body.split(',').collectEntries { kv -> def parts = kv.split('=', 2); [(parts[0]): parts.size() > 1 && parts[1] != '<null>' ? parts[1] : null] }
}
def sprints = raw.collect { parse(it) }
def active = sprints.find { it.state == 'ACTIVE' }
[sprints*.name, active?.id as Integer, sprints.collect { it.endDate?.take(10) }, sprints*.goal]
