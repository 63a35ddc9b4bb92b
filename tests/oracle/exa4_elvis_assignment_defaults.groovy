def cfg = [timeout: 0, retries: null, name: "", tags: []]
def timeout = cfg.timeout ?: 30
def retries = cfg.retries ?: 3
def name = cfg.name ?: "default"
def tags = cfg.tags ?: ["none"]
def explicit = cfg.timeout != null ? cfg.timeout : 30
issue.summary = issue.summary ?: replica.summary.trim()
[timeout, retries, name, tags, explicit, issue.summary]
