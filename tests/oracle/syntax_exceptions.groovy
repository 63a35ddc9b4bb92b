// Syntax coverage (exceptions): parsed and run like Groovy's own parser
def r = []
try {
    throw new IllegalStateException('boom')
} catch (IllegalArgumentException | IllegalStateException e) {
    r << e.message
} catch (Exception e) {
    r << 'other'
} finally {
    r << 'done'
}
try { Integer.parseInt('x') } catch (NumberFormatException ignored) { r << 'nfe' }
try { null.foo() } catch (e) { r << e.class.simpleName }
r
