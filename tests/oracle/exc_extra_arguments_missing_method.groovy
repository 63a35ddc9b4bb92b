def r = []
def t = { String n, Closure c -> try { c(); r << n + ':ok' } catch (e) { r << n + ':' + e.class.simpleName } }
t('s.trim') { 'abc'.trim(1, 2, 3) }
t('s.toUpperCase') { 'abc'.toUpperCase(1, 2, 3) }
t('s.toLowerCase') { 'abc'.toLowerCase(1, 2, 3) }
t('s.reverse') { 'abc'.reverse(1, 2, 3) }
t('s.size') { 'abc'.size(1, 2, 3) }
t('s.length') { 'abc'.length(1, 2, 3) }
t('s.isEmpty') { 'abc'.isEmpty(1, 2, 3) }
t('s.capitalize') { 'abc'.capitalize(1, 2, 3) }
t('s.uncapitalize') { 'abc'.uncapitalize(1, 2, 3) }
t('s.toInteger') { 'abc'.toInteger(1, 2, 3) }
t('s.toLong') { 'abc'.toLong(1, 2, 3) }
t('s.toBigDecimal') { 'abc'.toBigDecimal(1, 2, 3) }
t('s.isNumber') { 'abc'.isNumber(1, 2, 3) }
t('s.isInteger') { 'abc'.isInteger(1, 2, 3) }
t('s.readLines') { 'abc'.readLines(1, 2, 3) }
t('s.tokenize') { 'abc'.tokenize(1, 2, 3) }
t('s.toList') { 'abc'.toList(1, 2, 3) }
t('s.strip') { 'abc'.strip(1, 2, 3) }
t('s.stripIndent') { 'abc'.stripIndent(1, 2, 3) }
t('s.stripMargin') { 'abc'.stripMargin(1, 2, 3) }
t('s.normalize') { 'abc'.normalize(1, 2, 3) }
t('s.denormalize') { 'abc'.denormalize(1, 2, 3) }
t('s.toCharArray') { 'abc'.toCharArray(1, 2, 3) }
t('s.chars') { 'abc'.chars(1, 2, 3) }
t('s.isBlank') { 'abc'.isBlank(1, 2, 3) }
t('s.center') { 'abc'.center(1, 2, 3) }
t('s.padLeft') { 'abc'.padLeft(1, 2, 3) }
t('s.first') { 'abc'.first(1, 2, 3) }
t('s.last') { 'abc'.last(1, 2, 3) }
t('s.hashCode') { 'abc'.hashCode(1, 2, 3) }
t('s.intern') { 'abc'.intern(1, 2, 3) }
t('s.getBytes') { 'abc'.getBytes(1, 2, 3) }
t('s.isAllWhitespace') { 'abc'.isAllWhitespace(1, 2, 3) }
t('s.toDouble') { 'abc'.toDouble(1, 2, 3) }
t('s.asBoolean') { 'abc'.asBoolean(1, 2, 3) }
t('s.bytes') { 'abc'.bytes(1, 2, 3) }
t('s.lines') { 'abc'.lines(1, 2, 3) }
t('l.size') { [1, 2].size(1, 2, 3) }
t('l.isEmpty') { [1, 2].isEmpty(1, 2, 3) }
t('l.head') { [1, 2].head(1, 2, 3) }
t('l.tail') { [1, 2].tail(1, 2, 3) }
t('l.init') { [1, 2].init(1, 2, 3) }
t('l.reverse') { [1, 2].reverse(1, 2, 3) }
t('l.sort') { [1, 2].sort(1, 2, 3) }
t('l.unique') { [1, 2].unique(1, 2, 3) }
t('l.sum') { [1, 2].sum(1, 2, 3) }
t('l.max') { [1, 2].max(1, 2, 3) }
t('l.min') { [1, 2].min(1, 2, 3) }
t('l.flatten') { [1, 2].flatten(1, 2, 3) }
t('l.toSet') { [1, 2].toSet(1, 2, 3) }
t('l.asImmutable') { [1, 2].asImmutable(1, 2, 3) }
t('l.toList') { [1, 2].toList(1, 2, 3) }
t('l.clear') { [1, 2].clear(1, 2, 3) }
t('l.count') { [1, 2].count(1, 2, 3) }
t('l.join') { [1, 2].join(1, 2, 3) }
t('l.pop') { [1, 2].pop(1, 2, 3) }
t('l.any') { [1, 2].any(1, 2, 3) }
t('l.every') { [1, 2].every(1, 2, 3) }
t('l.collect') { [1, 2].collect(1, 2, 3) }
t('l.findAll') { [1, 2].findAll(1, 2, 3) }
t('l.find') { [1, 2].find(1, 2, 3) }
t('l.each') { [1, 2].each(1, 2, 3) }
t('l.average') { [1, 2].average(1, 2, 3) }
t('l.transpose') { [1, 2].transpose(1, 2, 3) }
t('l.toSorted') { [1, 2].toSorted(1, 2, 3) }
t('l.toUnique') { [1, 2].toUnique(1, 2, 3) }
t('l.indices') { [1, 2].indices(1, 2, 3) }
t('l.isCase') { [1, 2].isCase(1, 2, 3) }
t('l.hashCode') { [1, 2].hashCode(1, 2, 3) }
t('m.size') { [a: 1].size(1, 2, 3) }
t('m.isEmpty') { [a: 1].isEmpty(1, 2, 3) }
t('m.keySet') { [a: 1].keySet(1, 2, 3) }
t('m.values') { [a: 1].values(1, 2, 3) }
t('m.entrySet') { [a: 1].entrySet(1, 2, 3) }
t('m.clear') { [a: 1].clear(1, 2, 3) }
t('m.sort') { [a: 1].sort(1, 2, 3) }
t('m.collect') { [a: 1].collect(1, 2, 3) }
t('m.findAll') { [a: 1].findAll(1, 2, 3) }
t('m.each') { [a: 1].each(1, 2, 3) }
t('m.any') { [a: 1].any(1, 2, 3) }
t('m.every') { [a: 1].every(1, 2, 3) }
t('m.inject') { [a: 1].inject(1, 2, 3) }
t('m.max') { [a: 1].max(1, 2, 3) }
t('m.min') { [a: 1].min(1, 2, 3) }
t('m.countBy') { [a: 1].countBy(1, 2, 3) }
t('m.collectEntries') { [a: 1].collectEntries(1, 2, 3) }
t('m.asImmutable') { [a: 1].asImmutable(1, 2, 3) }
t('m.reverse') { [a: 1].reverse(1, 2, 3) }
t('m.invert') { [a: 1].invert(1, 2, 3) }
r
