def f1() { try { 'try' } finally { 'finally' } }
def f2() { try { throw new RuntimeException('x') } catch (e) { 'catch' } finally { 'fin' } }
def f3() { def r = 'init'; try { r = 'try'; return r } finally { r = 'changed' } }
def f4() { try { return 1 } finally { return 2 } }
def f5() {
  def log = []
  try {
    try { throw new IllegalStateException('inner') }
    finally { log << 'inner-finally' }
  } catch (e) { log << "outer-catch:${e.message}" }
  log
}
def v = try1()
def try1() { try { 5 } catch (e) { 6 } }
[f1(), f2(), f3(), f4(), f5(), v]
