def x = null
x[0]
