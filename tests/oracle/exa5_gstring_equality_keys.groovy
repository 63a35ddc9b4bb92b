def n = 7
def gs = "SUP-$n"
def m = [(gs): 'gstring-key', 'SUP-8': 'string-key']
def r = [gs == 'SUP-7', gs.equals('SUP-7'), 'SUP-7'.equals(gs), gs.hashCode() == 'SUP-7'.hashCode(), m['SUP-7'], m[gs], m.get('SUP-7'), m.containsKey('SUP-7'),
         ['SUP-7'].contains(gs), [gs].contains('SUP-7'), gs in ['SUP-7'], (['SUP-7'] as Set).contains(gs), "${'a'}" <=> 'a', m.keySet()*.getClass()*.simpleName]
def counts = [:]
['x', "${'x'}", 'y'].each { counts[it] = (counts[it] ?: 0) + 1 }
r << counts
r
