def k = 'a'
def m = [:]
m["${k}"] = 1
def lit = ["${k}": 2]
def p = [:]
p.put("${k}", 3)
[m.a, m['a'], lit.a, lit.get('a'), p.get('a'), p["$k"], m.containsKey("$k")]
