def m = [a: null, b: [1, null, 'x'], c: [d: null, e: ''], 'f g': [:]]
def l = [null, [null], [k: null], 'str', '', 1.50]
def n = null
["$m", "$l", "${n}", "${[n]}", "v=${m.a}", "${m.b*.toString()}", "${[a: [b: [c: null]]]}", "${[] as Set}", "${[null] as Set}",
 "${['x': "y${n}"]}", m.toString(), l.toString(), "${[1, [2, [3, []]]]}", "${m.c.d ?: 'dflt'}", "list: ${l.findAll()}"]
