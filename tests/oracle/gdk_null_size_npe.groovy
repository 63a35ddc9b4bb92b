def x = null
x.size()
