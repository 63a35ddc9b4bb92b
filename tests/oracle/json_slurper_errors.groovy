import groovy.json.JsonSlurper
def t(Closure c) { try { println c() } catch (e) { println e.class.name } }
t { new JsonSlurper().parseText('{"a": }') }
t { new JsonSlurper().parseText('') }
t { new JsonSlurper().parseText('[1, 2') }
t { new JsonSlurper().parseText('{"a": 1}').a }
t { new JsonSlurper().parseText('"just"') }
'ok'
