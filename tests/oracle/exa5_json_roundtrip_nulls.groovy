import groovy.json.JsonSlurper
import groovy.json.JsonOutput
def payload = [key: replica.key, fields: [summary: replica.summary, labels: replica.labels, due: null, points: 5.0, ratio: 0.1d, big: 12345678901234567890, flag: true, empty: [:], list: []]]
def json = JsonOutput.toJson(payload)
def back = new JsonSlurper().parseText(json)
[json, back.fields.due == null, back.fields.points, back.fields.points.getClass().simpleName, back.fields.ratio.getClass().simpleName,
 back.fields.big.getClass().simpleName, back.fields.keySet().sort(), JsonOutput.prettyPrint(JsonOutput.toJson([a: [1, [b: null]], c: 'x"y']))]
