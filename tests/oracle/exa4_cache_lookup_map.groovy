def cache = [:]
def calls = 0
def lookup = { String email ->
    if (email == null) return null
    def key = email.toLowerCase()
    if (cache.containsKey(key)) return cache[key]
    calls++
    cache[key] = key.endsWith('@corp.example') ? key.tokenize('@')[0] : null
}
def authors = (replica.comments*.author*.email + [replica.reporter.email, replica.assignee.email, 'ANN.LEE@corp.example'])
def mapped = authors.collect { lookup(it) }
[mapped, calls, cache.keySet().sort()]
