def r = []
def t = { String n, Closure c -> try { r << n + '=' + c() } catch (e) { r << n + ':' + e.class.simpleName } }
def m = [a: 1]
t('hasProp map') { m.hasProperty('a') != null }
t('hasProp str') { 'x'.hasProperty('bytes') != null }
t('hasProp missing') { 'x'.hasProperty('zzz') }
t('respondsTo') { 'x'.respondsTo('toUpperCase') ? 'yes' : 'no' }
t('respondsTo missing') { 'x'.respondsTo('nope') ? 'yes' : 'no' }
t('list respondsTo') { [1].respondsTo('each') ? 'yes' : 'no' }
t('instanceof chain') { m instanceof Map && m instanceof LinkedHashMap }
t('getClass') { m.getClass().simpleName }
t('class prop') { [1].class.name }
r
