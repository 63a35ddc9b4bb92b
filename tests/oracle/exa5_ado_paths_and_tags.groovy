def area = workItem.areaPath.split('\\\\')
def iter = workItem.iterationPath.tokenize('\\')
def sprintNo = (workItem.iterationPath =~ /Sprint (\d+)/) ? ((workItem.iterationPath =~ /Sprint (\d+)/)[0][1] as int) : null
def tags = workItem.labels*.label
[area.toList(), area.length, iter.last(), sprintNo, sprintNo?.plus(1), tags.join('; '),
 tags.findAll { it ==~ /P\d-.*/ }, workItem.areaPath.replace('\\', '/'), workItem.iterationPath.count('\\')]
