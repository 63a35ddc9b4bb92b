def k = 'x'
def m = [x: 'inner']
def s = "a ${ "b ${ m["${k}"] } c" } d"
[s.toString(), "${1 + 2}".length(), "${'}'}".toString()]
