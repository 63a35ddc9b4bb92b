// Groovy 4: Object.tap {} exists (2.5+), returning the receiver.
def m = [a: 1].tap { it.b = 2 }
m
