def area = replica.areaPath.tokenize('\\')
def iteration = replica.iterationPath.split('\\\\') as List
def sprintNo = (iteration.last() =~ /Sprint (\d+)/).with { it.find() ? it.group(1).toInteger() : null }
issue.customFields."Team" = [value: area.drop(1).join(' / ')]
issue.customFields."Sprint" = [value: "${iteration[1]}-${iteration[2]} S${sprintNo}".toString()]
[area, iteration, sprintNo, issue.customFields.Team.value, issue.customFields.Sprint.value]
