def fields = ["summary", "status", "priority", "assignee", "labels"]
def val = { obj, f ->
    def v = obj?."$f"
    v instanceof Map ? (v.name ?: v.displayName) : v
}
def changed = fields.findAll { f -> val(previous, f) != val(replica, f) }
def log = changed.collect { f -> "${f}: ${val(previous, f)} -> ${val(replica, f)}".toString() }
[changed, log]
