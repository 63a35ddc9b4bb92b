def requireField(Map m, String name) {
    if (m[name] == null) throw new IllegalArgumentException("Missing field: $name")
    if (!(m[name] instanceof String)) throw new IllegalStateException("Field $name is ${m[name].getClass().simpleName}")
    m[name]
}
def results = []
for (f in ['summary', 'nope', 'count', 'key']) {
    try {
        results << requireField(replica, f)
    } catch (IllegalArgumentException e) {
        results << "IAE ${e.message}"
    } catch (IllegalStateException e) {
        results << "ISE ${e.message}"
    } finally {
        results << "checked $f"
    }
}
results
