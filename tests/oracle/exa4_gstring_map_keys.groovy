def key = "SUP"
def m = [:]
m["${key}-1"] = "gstring key"
m[key + "-2"] = "string key"
def gs = "${key}-1"
[m.get(gs), m[gs], m.get("SUP-1"), m."SUP-1", m.containsKey(gs), m.keySet()*.getClass()*.simpleName, gs == "SUP-1", "SUP-1" in m.keySet(),
 ["SUP-1": 1].get("${key}-1".toString())]
