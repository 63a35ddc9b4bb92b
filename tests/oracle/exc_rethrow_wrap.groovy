def log = []
try {
  try {
    throw new IllegalArgumentException('orig')
  } catch (e) {
    log << 'caught ' + e.message
    throw new RuntimeException('wrapped: ' + e.message, e)
  }
} catch (RuntimeException e) {
  log << e.message
  log << e.cause?.getClass()?.simpleName
  log << e.cause.message
}
try {
  try { throw new IllegalStateException('again') }
  catch (e) { throw e }
} catch (IllegalStateException e) {
  log << "rethrown ${e.message}"
}
try {
  throw new Exception('plain')
} catch (RuntimeException e) {
  log << 'runtime?'
} catch (Exception e) {
  log << 'exception ' + e.message
}
try { throw new NullPointerException() } catch (e) { log << "npe msg ${e.message}" }
try { [1, 2].get(9) } catch (IndexOutOfBoundsException e) { log << e.class.simpleName }
try { 'a'.toInteger() } catch (NumberFormatException | NullPointerException e) { log << 'multi' }
try { throw new Error('err') } catch (Throwable t) { log << t.message }
log
