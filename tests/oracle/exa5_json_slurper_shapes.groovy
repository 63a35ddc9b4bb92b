import groovy.json.JsonSlurper
def text = '{"issues":[{"id":"1","fields":{"status":{"name":"Done"},"points":3,"tags":["a","b"]}},{"id":"2","fields":{"status":null,"points":2.5,"tags":[]}}],"total":2,"neg":-1e2,"u":"\\u00e9\\n"}'
def j = new JsonSlurper().parseText(text)
[j.total, j.issues*.id, j.issues*.fields*.status*.name, j.issues.sum { it.fields.points }, j.neg, j.neg.getClass().simpleName, j.u,
 j.issues.find { !it.fields.tags }?.id, j.issues[0].fields.tags.join('+'), j.missing?.deep, j.issues.collectEntries { [it.id, it.fields.points] }]
