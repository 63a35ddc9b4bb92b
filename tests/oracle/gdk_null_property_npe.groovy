def x = null
x.name
