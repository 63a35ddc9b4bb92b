def r = []
def t = { String label, Closure c -> try { c(); r << "$label ok" } catch (Exception e) { r << "$label ${e.class.simpleName}: ${e.message}" } }
t('parse') { Integer.parseInt('12a') }
t('parseEmpty') { Integer.parseInt('') }
t('decimal') { new BigDecimal('1,5') }
t('div') { 5.intdiv(0) }
t('divBD') { 1 / 0 }
t('index') { [1, 2][5].toString() }
t('get') { [1, 2].get(5) }
t('npe') { def m = null; m.size() }
t('npeProp') { def m = null; m.field }
t('cast') { (Integer) 'abc' }
t('asInt') { 'abc' as Integer }
t('substr') { 'abc'.substring(5) }
t('charAt') { 'abc'.charAt(3) }
t('nosuch') { [].iterator().next() }
t('first') { [].first() }
t('valueOf') { Integer.valueOf('x1') }
t('toLong') { '9.5'.toLong() }
r
