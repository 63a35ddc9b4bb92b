def check = { Map r, List<String> fields ->
    def missing = fields.findAll { r[it] == null }
    if (missing) throw new IllegalArgumentException("missing: " + missing)
    true
}
def outcomes = [["summary"], ["summary", "resolution"], ["parentId", "resolution"]].collect { fs ->
    try {
        check(replica, fs)
    } catch (IllegalArgumentException e) {
        e.message
    }
}
outcomes
