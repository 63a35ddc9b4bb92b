import groovy.json.JsonSlurper
def raw = replica.customFields."Config JSON".value
def cfg = new JsonSlurper().parseText(raw)
def regions = cfg.regions.findAll { it.enabled }*.code
def limits = cfg.limits.collectEntries { k, v -> [(k): v * 2] }
issue.customFields."Regions" = [value: regions.join(',')]
[cfg.version, regions, limits, cfg.owner?.email, cfg.missing?.x, cfg.ratio, cfg.ratio.class.simpleName, cfg.tags.size()]
