def remote = replica.customFields."Affected Browsers"?.value ?: []
def allowed = ["Chrome", "Firefox", "Safari", "Edge"]
def options = remote.collect { it.value?.trim() }.findAll { it in allowed }
def unknown = remote*.value - allowed
issue.customFields."Affected Browsers" = [value: options.collect { [value: it] }]
def (first, rest) = [options.head(), options.tail()]
[options, unknown, issue.customFields."Affected Browsers".value.size(), first, rest, options.toSorted()]
