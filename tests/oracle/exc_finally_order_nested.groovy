def log = []
def f() {
  try {
    return 'try'
  } finally {
    println 'finally runs'
  }
}
println f()
try {
  try {
    log << 'inner try'
    throw new IllegalArgumentException('boom')
  } catch (IllegalStateException e) {
    log << 'wrong catch'
  } finally {
    log << 'inner finally'
  }
} catch (IllegalArgumentException e) {
  log << "outer catch ${e.message}"
} finally {
  log << 'outer finally'
}
def g() {
  try { throw new RuntimeException('x') }
  catch (e) { return 'caught' }
  finally { println 'g finally' }
}
println g()
def h() {
  for (i in 1..3) {
    try {
      if (i == 2) continue
      if (i == 3) break
      println "body $i"
    } finally {
      println "fin $i"
    }
  }
  'h done'
}
println h()
log
