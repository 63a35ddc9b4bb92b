x = 10
def y = 20
def useBinding() { x + 1 }
def tryLocal() { try { y } catch (MissingPropertyException e) { 'no y: ' + e.message } }
def setsBinding() { z = 5; z * 2 }
def closureSeesLocal = { y + x }
def r = [useBinding(), tryLocal(), setsBinding(), z, closureSeesLocal()]
x = 100
r << useBinding()
y = 1
r << closureSeesLocal()
r
