def payload = [key: issue.key, labels: issue.labels, points: issue.customFields.'Story Points'.value, nested: [a: null, b: [1, 2.5]]]
def json = groovy.json.JsonOutput.toJson(payload)
def back = new groovy.json.JsonSlurper().parseText(json)
[json, back.key, back.nested.b[1].class.simpleName, back == payload]
