import groovy.json.JsonOutput
def ops = []
def add = { String path, value -> if (value != null) ops << [op: 'add', path: "/fields/${path}", value: value] }
add('System.Title', workItem.summary)
add('Microsoft.VSTS.Common.Priority', workItem.priority.name as int)
add('System.Tags', workItem.labels*.label.join('; '))
add('System.AssignedTo', null)
add('Microsoft.VSTS.Scheduling.OriginalEstimate', workItem.originalEstimate)
def body = JsonOutput.toJson(ops)
[ops.size(), body, ops*.path, JsonOutput.toJson([a: 1.50, b: 1e3, c: 2.0d, d: 'é\u0001', e: [null]])]
