def r = [:]
r.find = ('abc123' =~ /\d+/) ? 'yes' : 'no'
r.match = 'abc123' ==~ /[a-z]+\d+/
r.noMatch = 'abc123' ==~ /\d+/
def m = 'a1b22c333' =~ /\d+/
r.first = m[0]
r.count = m.size()
def g = 'key=value' =~ /(\w+)=(\w+)/
r.groups = g[0]
r.group1 = g[0][1]
r.nullMatch = null ==~ /x/
r.pattern = (~/a+/).matcher('aaa').matches()
r.isCase = 'hello' in ~/h.*o/
r
