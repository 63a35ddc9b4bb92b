def "odd name"(x) { "odd:" + x }
def 'with-dash'() { 'dash' }
def r = []
r << this."odd name"(1)
r << "odd name"(2)
r << 'with-dash'()
r << this.'with-dash'()
def n = 'odd name'
r << this."$n"(3)
r << "$n"(4)
r
