def regionNames = [dach: "Germany/Austria/Switzerland", nordics: "Nordics", uk: "United Kingdom"]
def region = replica.customFields.Region?.value
def plan = replica.customFields.Plan?.value?.tokenize('_')
def (tier, billing) = plan ?: ['free', 'monthly']
def orgLabel = replica.organization?.name?.replaceAll(/[^A-Za-z0-9]+/, '_')?.toLowerCase()
issue.customFields."Customer" = [value: "${replica.organization.name} (${regionNames[region] ?: region?.toUpperCase()})".toString()]
[tier.capitalize(), billing, orgLabel, issue.customFields."Customer".value, replica.satisfaction_rating?.score == 'unoffered']
