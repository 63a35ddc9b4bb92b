def m = [a: [b: 'deep'], list: [1, 2]]
def name = 'Bob'
def r = []
r << "$m.a.b"
r << "$name."
r << "$m.list[0]"
r << "${name}'s"
r << "$name-x"
r << "${m.a.b.toUpperCase()}"
r << "${ [1, 2].collect { it * 2 } }"
r << "${}"
r << "v${1}${2}v"
r.collect { it.toString() }
