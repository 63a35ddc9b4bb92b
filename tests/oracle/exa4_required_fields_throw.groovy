def required = ["summary", "priority", "resolution", "due"]
def missing = required.findAll { replica[it] == null }
if (missing) {
    throw new IllegalStateException("Cannot sync ${replica.key}: missing ${missing.join(', ')}")
}
"ok"
