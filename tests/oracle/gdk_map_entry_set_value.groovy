def m = [a: 1, b: 2]
def e = m.find { it.key == 'a' }
e.value = 10
m.each { it.value = it.value * 2 }
m.entrySet().each { it.setValue(it.value + 1) }
m
